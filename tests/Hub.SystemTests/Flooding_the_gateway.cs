using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Client.Models;
using Hub.Contracts.Matching;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// One partner floods the deployed gateway process (many concurrent POSTs, no back-off) while another partner
/// sends at its normal rate, over real RabbitMQ. The flooder is held to its token bucket (429 with Retry-After);
/// the other partner does not notice; nothing the gateway refused reaches the broker.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Flooding_the_gateway(SystemRig rig, ITestOutputHelper output)
{
    private const int PermitsPerSecond = 5;
    private const int Burst = 10;
    private const int FloodConnections = 16;
    private const int BaselineRequests = 6;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan NormalInterval = TimeSpan.FromMilliseconds(500); // 2 a second, well inside the limit
    /// <summary>
    /// For the other partner's median: the flood costs the gateway CPU that no bucket gives back, so single requests
    /// may take seconds on the shared 2-core machine (they did alone too), but the typical one stays quick.
    /// </summary>
    private static readonly TimeSpan MedianBound = TimeSpan.FromSeconds(1);
    private const string NormalKey = "demo-housing-key-elkien";
    private const string NormalId = "00000001802327497000";

    [Fact]
    public async Task Limits_the_flooder_with_429_and_Retry_After_while_another_partner_keeps_getting_202()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath(), new Dictionary<string, string?>
        {
            ["Hub:Gateway:RateLimit:PermitsPerSecond"] = $"{PermitsPerSecond}",
            ["Hub:Gateway:RateLimit:Burst"] = $"{Burst}",
        });
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = hub.Gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        var flood = new ConcurrentBag<(HttpStatusCode Status, string? RetryAfter, Guid? VacancyId)>();
        var normal = new ConcurrentBag<(HttpStatusCode Status, TimeSpan Latency, Guid? VacancyId)>();
        // The other partner alone first: its latency on this machine without the flood, for comparison. The first
        // request (JIT, the gateway's first publish) is not typical and is left out.
        var (first, _, firstId, _) = await PostAsync(http, NormalKey, "Steady");
        Assert.Equal(HttpStatusCode.Accepted, first);
        normal.Add((first, TimeSpan.Zero, firstId));
        var alone = new List<TimeSpan>();
        for (var i = 0; i < BaselineRequests; i++, await Task.Delay(NormalInterval))
        {
            var (status, _, id, latency) = await PostAsync(http, NormalKey, "Steady");
            Assert.Equal(HttpStatusCode.Accepted, status);
            normal.Add((status, TimeSpan.Zero, id)); // on the broker too, not in the flood's latencies
            alone.Add(latency);
        }
        var clock = Stopwatch.StartNew();
        var flooders = Enumerable.Range(0, FloodConnections).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < Duration)
            {
                var (status, retryAfter, id, _) = await PostAsync(http, SampleVacancies.EmployerKey, "Flood");
                flood.Add((status, retryAfter, id));
            }
        }));
        var steady = Task.Run(async () =>
        {
            while (clock.Elapsed < Duration)
            {
                var next = clock.Elapsed + NormalInterval;
                var (status, _, id, latency) = await PostAsync(http, NormalKey, "Steady");
                normal.Add((status, latency, id));
                if (next > clock.Elapsed)
                {
                    await Task.Delay(next - clock.Elapsed);
                }
            }
        });
        await Task.WhenAll(flooders.Append(steady));
        var seconds = clock.Elapsed.TotalSeconds;

        var floodAccepted = flood.Where(r => r.Status == HttpStatusCode.Accepted).Select(r => r.VacancyId!.Value).ToHashSet();
        var limited = flood.Where(r => r.Status == HttpStatusCode.TooManyRequests).ToList();
        var latencies = normal.Where(r => r.Latency > TimeSpan.Zero).Select(r => r.Latency).Order().ToList();
        var p50 = latencies[(int)Math.Ceiling(latencies.Count * 0.50) - 1];
        var p95 = latencies[(int)Math.Ceiling(latencies.Count * 0.95) - 1];
        var during = normal.Where(r => r.Latency > TimeSpan.Zero).ToList();
        alone.Sort();
        output.WriteLine("{0:F1} s: flooder {1} requests ({2:F0}/s), {3} accepted, {4} x 429; other partner {5} requests during the flood, {6} accepted, "
            + "latency p50 {7:F0} ms, p95 {8:F0} ms, max {9:F0} ms (alone before the flood: {10} requests, p50 {11:F0} ms, max {12:F0} ms)",
            seconds, flood.Count, flood.Count / seconds, floodAccepted.Count, limited.Count, during.Count, during.Count(r => r.Status == HttpStatusCode.Accepted),
            p50.TotalMilliseconds, p95.TotalMilliseconds, latencies[^1].TotalMilliseconds,
            alone.Count, alone[alone.Count / 2].TotalMilliseconds, alone[^1].TotalMilliseconds);

        // The flooder: 429 with Retry-After once over its bucket, nothing else refused, never more accepted than the bucket allows.
        Assert.All(flood, r => Assert.True(r.Status is HttpStatusCode.Accepted or HttpStatusCode.TooManyRequests, $"the flooder got {(int)r.Status}"));
        Assert.True(limited.Count > flood.Count / 2, $"only {limited.Count} of {flood.Count} flood requests were limited");
        Assert.All(limited, r => Assert.True(int.TryParse(r.RetryAfter, out var wait) && wait >= 1, $"429 without a usable Retry-After ({r.RetryAfter})"));
        Assert.InRange(floodAccepted.Count, 1, Burst + (int)Math.Ceiling(seconds * PermitsPerSecond) + PermitsPerSecond);
        // The other partner: every request accepted (none limited, none timed out), most in normal time.
        Assert.All(normal, r => Assert.Equal(HttpStatusCode.Accepted, r.Status));
        Assert.True(during.Count >= Duration / NormalInterval / 2, $"the other partner got only {during.Count} requests through during the flood");
        Assert.True(p50 < MedianBound, $"the other partner's median latency was {p50.TotalMilliseconds:F0} ms during the flood");

        // On the broker: exactly the accepted vacancies, none of what was refused.
        var normalAccepted = normal.Select(r => r.VacancyId!.Value).ToHashSet();
        Dictionary<string, HashSet<Guid>> published = [];
        await Eventually.True(async () =>
        {
            published = await PublishedVacanciesAsync(hub.VirtualHost);
            return published.GetValueOrDefault(SampleVacancies.EmployerId)?.Count >= floodAccepted.Count && published.GetValueOrDefault(NormalId)?.Count >= normalAccepted.Count;
        }, "the accepted vacancies were not all on the broker", timeoutSeconds: 30);
        Assert.Equal(floodAccepted.Order(), published[SampleVacancies.EmployerId].Order());
        Assert.Equal(normalAccepted.Order(), published[NormalId].Order());
    }

    private static async Task<(HttpStatusCode Status, string? RetryAfter, Guid? VacancyId, TimeSpan Latency)> PostAsync(HttpClient http, string apiKey, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/vacancies")
        {
            Content = JsonContent.Create(SampleVacancies.Request(title), options: JsonSerializerOptions.Web),
        };
        request.Headers.Add("X-Api-Key", apiKey);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request);
        var latency = Stopwatch.GetElapsedTime(started);
        Guid? id = response.StatusCode == HttpStatusCode.Accepted
            ? (await response.Content.ReadFromJsonAsync<VacancyAccepted>(JsonSerializerOptions.Web))!.VacancyId
            : null;
        return (response.StatusCode, response.Headers.RetryAfter?.ToString(), id, latency);
    }

    /// <summary>The vacancy ids published on the broker (firehose tap), by employer.</summary>
    private async Task<Dictionary<string, HashSet<Guid>>> PublishedVacanciesAsync(string vhost) =>
        (await rig.TapOf(vhost).ReadAllAsync())
            .Where(m => m.IsPublished<VacancyPublished>())
            .Select(m => m.Envelope().Message)
            .GroupBy(m => m.GetProperty("employerId").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(m => m.GetProperty("vacancyId").GetGuid()).ToHashSet());
}
