using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Matching;

namespace Hub.Gateway.Tests;

public sealed class Listing_vacancies(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Fact]
    public async Task An_owner_lists_its_own_vacancies_with_their_proposal_counts()
    {
        var before = app.Harness.Published.Select<GetVacancies>().Count();

        var response = await app.ClientFor(GatewayApplication.EmployerKey).GetAsync("/api/v1/vacancies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await response.Content.ReadFromJsonAsync<Vacancies.VacancyList>();
        var known = Assert.Single(list!.Vacancies, v => v.VacancyId == FakeJobMatching.KnownVacancyId);
        Assert.Equal(("Leerling-monteur", "open", FakeJobMatching.ListedProposals), (known.Title, known.Status, known.Proposals));
        var asked = Assert.Single(app.Harness.Published.Select<GetVacancies>().Skip(before)).Context.Message;
        Assert.Equal((GatewayApplication.EmployerId, null), (asked.RequestedBy, asked.Status));
    }

    [Fact]
    public async Task Another_owner_sees_none_of_them_whatever_it_puts_in_the_query()
    {
        var before = app.Harness.Published.Select<GetVacancies>().Count();

        var response = await app.ClientFor(GatewayApplication.HousingKey)
            .GetAsync($"/api/v1/vacancies?requestedBy={GatewayApplication.EmployerId}&employerId={GatewayApplication.EmployerId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(FakeJobMatching.KnownVacancyId.ToString(), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(GatewayApplication.HousingId, Assert.Single(app.Harness.Published.Select<GetVacancies>().Skip(before)).Context.Message.RequestedBy);
    }

    [Theory]
    [InlineData("open")]
    [InlineData("withdrawn")]
    [InlineData("filled")]
    public async Task Passes_a_status_on_and_lists_only_vacancies_with_it(string status)
    {
        var list = await app.ClientFor(GatewayApplication.EmployerKey).GetFromJsonAsync<Vacancies.VacancyList>($"/api/v1/vacancies?status={status}");

        Assert.All(list!.Vacancies, v => Assert.Equal(status, v.Status));
        Assert.Equal(status == "open", list.Vacancies.Any(v => v.VacancyId == FakeJobMatching.KnownVacancyId));
        Assert.Contains(app.Harness.Published.Select<GetVacancies>(), m => m.Context.Message.Status == status && m.Context.Message.RequestedBy == GatewayApplication.EmployerId);
    }

    [Theory]
    [InlineData("Open")]
    [InlineData("closed")]
    [InlineData("")]
    [InlineData("open,filled")]
    [InlineData("111222333")]
    public async Task Refuses_any_other_status_naming_the_field_without_asking_job_matching(string status)
    {
        var before = app.Harness.Published.Select<GetVacancies>().Count();

        var response = await app.ClientFor(GatewayApplication.EmployerKey).GetAsync($"/api/v1/vacancies?status={Uri.EscapeDataString(status)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["status"], await response.ErrorFields());
        Assert.DoesNotContain("111222333", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, app.Harness.Published.Select<GetVacancies>().Count());
    }

    [Theory]
    [InlineData(GatewayApplication.JobAgencyKey)]
    [InlineData(GatewayApplication.SchoolKey)]
    [InlineData(GatewayApplication.MunicipalityKey)]
    public async Task Is_forbidden_for_partners_without_vacancies(string apiKey)
    {
        var response = await app.ClientFor(apiKey).GetAsync("/api/v1/vacancies");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
