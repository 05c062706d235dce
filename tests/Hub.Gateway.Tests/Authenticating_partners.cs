using System.Net;
using System.Net.Http.Json;

namespace Hub.Gateway.Tests;

public sealed class Authenticating_partners(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Theory]
    [InlineData(null)]
    [InlineData("not-a-known-key")]
    public async Task Unknown_callers_get_401_problem_details(string? apiKey)
    {
        var response = await app.ClientFor(apiKey).PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_school_may_not_publish_vacancies()
    {
        var response = await app.ClientFor(GatewayApplication.SchoolKey).PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_and_the_api_reference_need_no_key()
    {
        var client = app.ClientFor(null);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }
}
