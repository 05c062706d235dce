using System.Net;
using Hub.Contracts.Matching;

namespace Hub.Gateway.Tests;

public sealed class Withdrawing_a_vacancy(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Fact]
    public async Task Is_published_with_the_employer_from_the_api_key()
    {
        var vacancyId = Guid.NewGuid();

        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostJson($"/api/v1/vacancies/{vacancyId}/withdrawal", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var withdrawn = app.Harness.Published.Select<VacancyWithdrawn>(m => m.Context.Message.VacancyId == vacancyId).Single().Context.Message;
        Assert.Equal(GatewayApplication.EmployerId, withdrawn.EmployerId);
    }

    [Fact]
    public async Task Is_forbidden_for_a_school()
    {
        var vacancyId = Guid.NewGuid();

        var response = await app.ClientFor(GatewayApplication.SchoolKey).PostJson($"/api/v1/vacancies/{vacancyId}/withdrawal", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(app.Harness.Published.Select<VacancyWithdrawn>(), m => m.Context.Message.VacancyId == vacancyId);
    }
}
