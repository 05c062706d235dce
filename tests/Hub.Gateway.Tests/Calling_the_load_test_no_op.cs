using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Gateway.Tests;

/// <summary>The load harness compares the vacancy POST with the same request minus the publish; the endpoint exists only when switched on.</summary>
public sealed class Calling_the_load_test_no_op(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Fact]
    public async Task Is_not_there_by_default()
    {
        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostAsJsonAsync("/api/v1/load-test/no-op", Posting_a_vacancy.ValidVacancy());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task When_switched_on_accepts_a_valid_vacancy_and_publishes_nothing()
    {
        using var switchedOn = app.WithWebHostBuilder(web => web.UseSetting("Hub:Gateway:NoOpEndpoint", "true"));
        var client = switchedOn.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", GatewayApplication.EmployerKey);

        var accepted = await client.PostAsJsonAsync("/api/v1/load-test/no-op", Posting_a_vacancy.ValidVacancy());
        var invalid = await client.PostAsJsonAsync("/api/v1/load-test/no-op", new { title = "" });

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(0, switchedOn.Services.GetRequiredService<PublishCounter>().Count);
    }
}
