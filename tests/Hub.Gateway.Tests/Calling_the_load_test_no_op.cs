using System.Net;
using System.Net.Http.Json;
using Hub.Testing.Hooks;

namespace Hub.Gateway.Tests;

/// <summary>The load harness's no-op partner request is a test hook (tests/Hub.Testing.Hooks); the gateway has no such endpoint.</summary>
public sealed class Calling_the_load_test_no_op(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Fact]
    public async Task Is_not_part_of_the_gateway()
    {
        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostAsJsonAsync(NoOpPartnerEndpoint.Path, Posting_a_vacancy.ValidVacancy());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
