using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Gateway.Tests;

public sealed class Limiting_request_rates : IClassFixture<GatewayApplication>, IDisposable
{
    private const int PermitsPerSecond = 1;
    private const int Burst = 3;
    private readonly WebApplicationFactory<GatewayOptions> _gateway;

    public Limiting_request_rates(GatewayApplication app) =>
        _gateway = app.WithWebHostBuilder(web => web
            .UseSetting("Hub:Gateway:RateLimit:PermitsPerSecond", PermitsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Hub:Gateway:RateLimit:Burst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task A_burst_from_one_partner_gets_429_with_retry_after_while_another_partner_gets_through()
    {
        var employer = ClientFor(GatewayApplication.EmployerKey);

        // Ten requests in a row: even on a slow machine fewer than ten tokens can have been refilled.
        var burst = new List<HttpResponseMessage>();
        for (var i = 0; i < 10; i++)
        {
            burst.Add(await employer.PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy($"Burst vacancy {i}")));
        }
        var otherPartner = await ClientFor(GatewayApplication.HousingKey).PostAsJsonAsync("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy("Meanwhile elsewhere"));

        Assert.Equal(HttpStatusCode.Accepted, burst[0].StatusCode);
        var limited = burst.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(limited);
        Assert.All(limited, r => Assert.True(r.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After in whole seconds"));
        Assert.Equal("application/problem+json", limited[0].Content.Headers.ContentType?.MediaType);
        var problem = await limited[0].Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.Accepted, otherPartner.StatusCode);
    }

    [Fact]
    public async Task Leaves_health_checks_alone()
    {
        var client = _gateway.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3 * Burst; i++)
        {
            statuses.Add((await client.GetAsync("/health/live")).StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    public void Dispose() => _gateway.Dispose();

    private HttpClient ClientFor(string apiKey)
    {
        var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }
}
