using Hub.Gateway.Tests.BadInputs;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Gateway.Tests;

/// <summary>
/// Every GET endpoint of the partner API (found from the gateway's own routes, so a new one is covered at once) with
/// generated junk in its route values, query strings and API keys: never a 5xx, every refusal a Problem Details,
/// and nothing published but the read requests themselves.
/// </summary>
public sealed class Sending_malformed_reads(GatewayApplication app, ITestOutputHelper output) : IClassFixture<GatewayApplication>
{
    private const int Seed = 20261122;
    private const int RequestsPerEndpoint = 80;
    /// <summary>Refusals a read may get: bad value (400), unknown or missing key (401), another role's endpoint (403), no such thing (404).</summary>
    private static readonly int[] ExpectedRefusals = [400, 401, 403, 404];

    private static readonly string[] RouteValues =
    [
        "not-a-guid", "00000000-0000-0000-0000-000000000000", "0193a000-0000-7000-8000-000000000001", "111222333", "ps-" + new string('A', 5_000),
        // No "%00" in a path: the in-memory TestServer throws on it before the gateway sees it (Kestrel answers 400 itself).
        "..%2F..%2Fetc%2Fpasswd", "%F0%9F%92%A9", "%27%20OR%201%3D1%20--", "%3Cscript%3E", new string('9', 2_000), "%E2%80%AE",
    ];

    private static readonly string[] Queries =
    [
        "", "?maxCount=-1", "?maxCount=0", "?maxCount=99999999999", "?maxCount=abc", "?maxCount=%00", "?includeAcknowledged=maybe",
        "?includeAcknowledged=true&includeAcknowledged=false", "?maxCount=1&maxCount=2", "?x=" + new string('x', 8_000), "?%ZZ=1",
    ];

    private static readonly string?[] ApiKeys =
    [
        GatewayApplication.EmployerKey, GatewayApplication.HousingKey, GatewayApplication.SchoolKey, GatewayApplication.PoliceKey,
        GatewayApplication.JobAgencyKey, GatewayApplication.MunicipalityKey, null, "", "not-a-key", new string('k', 10_000), "demo-employer-key-installatie-oost\u0000",
    ];

    [Fact]
    public async Task Answers_every_one_without_5xx_and_with_problem_details_for_refusals()
    {
        var random = new Random(Seed);
        var client = app.CreateClient();
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var routes = GetRoutes();
        foreach (var route in routes)
        {
            for (var i = 0; i < RequestsPerEndpoint; i++)
            {
                var path = System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", _ => RouteValues[random.Next(RouteValues.Length)]) + Queries[random.Next(Queries.Length)];
                var key = ApiKeys[random.Next(ApiKeys.Length)];
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (key is not null)
                {
                    request.Headers.TryAddWithoutValidation("X-Api-Key", key);
                }
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status is < 200 or > 299 && await ProblemAnswer.WrongnessOf(response, ExpectedRefusals) is { } wrong)
                {
                    failures.Add($"GET {route} ({path.Length} chars, key {(key is null ? "none" : key.Length > 40 ? "oversized" : "given")}): {wrong}");
                }
            }
        }

        var run = routes.Count * RequestsPerEndpoint;
        output.WriteLine($"{run} malformed reads over {routes.Count} GET endpoints (seed {Seed}); answers: {string.Join(", ", statuses.Select(s => $"{s.Key} x{s.Value}"))}");
        Assert.True(routes.Count >= 8, $"only {routes.Count} GET endpoints found");
        Assert.True(failures.Count == 0, $"{failures.Count} of {run} answers were wrong:\n{string.Join('\n', failures.Take(40))}");
        Assert.DoesNotContain(statuses.Keys, status => status >= 500);
        // Reads go to the owning service as requests; nothing else may leave the gateway.
        Assert.All(app.BusinessMessagesPublished, published => Assert.StartsWith("Get", published.MessageType.Name, StringComparison.Ordinal));
    }

    /// <summary>The partner API's GET routes, from the gateway's endpoint table.</summary>
    private List<string> GetRoutes() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(route => route.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Distinct()];
}
