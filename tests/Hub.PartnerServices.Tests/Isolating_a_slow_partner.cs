using System.Diagnostics;
using Hub.Housing;
using Hub.Housing.Storage;
using Hub.PartnerSimulator;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.PartnerServices.Tests;

/// <summary>
/// The bulkhead per partner: one partner's system answering slowly, not at all (each attempt ends at the
/// attempt timeout) or with 503 for a long stretch must not delay what goes to another partner. Time is
/// compressed as in <see cref="Delivering_to_partner_systems"/>.
/// </summary>
public sealed class Isolating_a_slow_partner(ITestOutputHelper output) : IDisposable
{
    private const string Troubled = "00000001802327497000";
    private const string Healthy = "00000001810220350000";
    // Without the bulkhead a healthy delivery waits for the troubled partner's attempt, up to the attempt timeout, so
    // its p95 comes near that timeout (and near 20 s behind the slow partner's backlog). The bound sits well below it
    // and well above what a busy machine adds (p95 1.3 s and 2.7 s seen with the other test assemblies running beside
    // this one in a clean-clone run).
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(12);
    private static readonly TimeSpan Stretch = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LatencyBound = TimeSpan.FromSeconds(5);
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-housing-bulkhead-").FullName;

    [Theory]
    [InlineData("slow", 2_000)] // answers, but only after 2 s: within the attempt timeout
    [InlineData("hanging", 60_000)] // never answers in time: every attempt ends at the timeout
    [InlineData("failing", 0)] // 503 for the whole stretch
    public async Task Another_partner_gets_its_deliveries_at_normal_latency_and_the_troubled_one_gets_all_in_order_afterwards(string trouble, int delayMs)
    {
        await using var troubled = await SimulatedPartner.StartAsync("partner-a-webhook-secret-0123456789abcdef");
        await using var healthy = await SimulatedPartner.StartAsync("partner-b-webhook-secret-0123456789abcdef");
        troubled.Mode = trouble == "failing" ? PartnerMode.Failing : PartnerMode.Slow;
        troubled.SlowDelay = TimeSpan.FromMilliseconds(delayMs);
        await using var host = Start(troubled, healthy);
        await host.StartAsync();

        // A backlog for the troubled partner first, so its loop is busy with it for the whole stretch.
        var forTroubled = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            var signal = Deliveries.SignalFor(Troubled, i);
            forTroubled.Add(signal.DeliveryId);
            await host.Harness.Bus.Publish(signal);
        }

        // Then the healthy partner's traffic at a steady rate, each delivery timed from publish to arrival.
        var published = new Dictionary<Guid, DateTimeOffset>();
        var forHealthy = new List<Guid>();
        var stretch = Stopwatch.StartNew();
        for (var i = 0; stretch.Elapsed < Stretch; i++)
        {
            var signal = Deliveries.SignalFor(Healthy, i);
            forHealthy.Add(signal.DeliveryId);
            published[signal.DeliveryId] = DateTimeOffset.UtcNow;
            await host.Harness.Bus.Publish(signal);
            await Task.Delay(Interval);
        }
        var troubledDuringStretch = troubled.Received.Count;
        await Eventually.True(() => healthy.Received.Count == forHealthy.Count, "the healthy partner did not get its deliveries", timeoutSeconds: 30);

        var latencies = healthy.Received.Select(r => r.ReceivedAt - published[r.DeliveryId]).Order().ToList();
        var p50 = latencies[(int)Math.Ceiling(latencies.Count * 0.50) - 1];
        var p95 = latencies[(int)Math.Ceiling(latencies.Count * 0.95) - 1];
        output.WriteLine("{0}: healthy partner {1} deliveries, latency p50 {2:F0} ms, p95 {3:F0} ms, max {4:F0} ms; troubled partner {5} requests, {6} of {7} accepted during the stretch",
            trouble, latencies.Count, p50.TotalMilliseconds, p95.TotalMilliseconds, latencies[^1].TotalMilliseconds,
            troubled.Attempts, troubledDuringStretch, forTroubled.Count);

        // The trouble was real (the troubled partner was still behind), and the healthy partner did not feel it.
        Assert.True(troubledDuringStretch < forTroubled.Count, $"the {trouble} partner was not held up at all; the test proves nothing");
        Assert.True(p95 < LatencyBound, $"the healthy partner's delivery latency p95 was {p95.TotalMilliseconds:F0} ms while the other partner was {trouble}");
        Assert.Equal(forHealthy, healthy.Received.Select(r => r.DeliveryId));

        troubled.Mode = PartnerMode.Up;
        await Eventually.True(() => troubled.Received.Count == forTroubled.Count, $"the {trouble} partner did not get everything once it recovered", timeoutSeconds: 30);
        Assert.Equal(forTroubled, troubled.Received.Select(r => r.DeliveryId));
        Assert.Equal(0, troubled.BadSignatures + healthy.BadSignatures);
    }

    private AdapterHost<HousingDb> Start(SimulatedPartner troubled, SimulatedPartner healthy) =>
        new(_directory, new Dictionary<string, string?>
        {
            ["Hub:Housing:Partners:0:OrganisationId"] = Troubled,
            ["Hub:Housing:Partners:0:WebhookUrl"] = troubled.WebhookUrl.ToString(),
            ["Hub:Housing:Partners:0:WebhookSecret"] = troubled.Secret,
            ["Hub:Housing:Partners:1:OrganisationId"] = Healthy,
            ["Hub:Housing:Partners:1:WebhookUrl"] = healthy.WebhookUrl.ToString(),
            ["Hub:Housing:Partners:1:WebhookSecret"] = healthy.Secret,
            ["Hub:Housing:Delivery:InitialBackoff"] = "00:00:00.100",
            ["Hub:Housing:Delivery:MaxBackoff"] = "00:00:00.500",
            ["Hub:Housing:Delivery:BreakDuration"] = "00:00:01",
            ["Hub:Housing:Delivery:MinimumThroughput"] = "3",
            ["Hub:Housing:Delivery:SamplingDuration"] = "00:00:30",
            ["Hub:Housing:Delivery:AttemptTimeout"] = AttemptTimeout.ToString(),
            ["Hub:Housing:Delivery:IdlePoll"] = "00:00:05",
        }, builder => builder.AddHousing(), bus => bus.AddHousingConsumers(), output: output);

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { /* SQLite may still close its files */ }
    }
}
