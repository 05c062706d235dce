using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Testing;
using Hub.Testing.Hooks;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// The load harness's authenticated no-op request comes from tests/Hub.Testing.Hooks, loaded into the gateway process as a
/// .NET startup hook and ASP.NET Core hosting startup; the gateway itself has no such endpoint (Hub.Gateway.Tests).
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Loading_test_hooks_into_the_gateway(SystemRig rig, ITestOutputHelper output)
{
    private const string AgencyKey = "demo-jobagency-key-werkplein";

    [Fact]
    public async Task The_no_op_partner_request_is_authenticated_and_authorised_as_the_vacancy_POST_and_publishes_nothing()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath(), TestHooks.NoOpPartnerEndpoint());
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = hub.Gateway.BaseAddress };

        var employer = await PostAsync(http, SampleVacancies.EmployerKey);
        var agency = await PostAsync(http, AgencyKey);
        var nobody = await PostAsync(http, apiKey: null);

        Assert.Equal(HttpStatusCode.Accepted, employer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agency.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        using var body = JsonDocument.Parse(await employer.Content.ReadAsStringAsync());
        Assert.Equal("pending", body.RootElement.GetProperty("status").GetString());
        // A real command is recorded before it is published; this one left no trace in the gateway.
        using var status = new HttpRequestMessage(HttpMethod.Get, $"api/v1/commands/{body.RootElement.GetProperty("commandId").GetGuid()}");
        status.Headers.Add("X-Api-Key", SampleVacancies.EmployerKey);
        Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsync(status)).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string? apiKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, NoOpPartnerEndpoint.Path) { Content = JsonContent.Create(new { title = "Monteur", positions = 1 }) };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }
        return await http.SendAsync(request);
    }
}
