using System.Diagnostics;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests.Reliability;

/// <summary>
/// Four partners post vacancies, job seekers, consents and rent-arrears signals while the gateway, job matching
/// and the signals service are SIGKILLed at random moments and restarted (real RabbitMQ node, real PostgreSQL).
/// Afterwards every request the partners were told was accepted (202) must have its business effects exactly once:
/// vacancies, job seekers, proposals, consents, signals and their deliveries to the debt team.
/// The same test is the soak: scripts/soak.sh sets HUB_SOAK_SECONDS.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Killing_services_under_load(HubRig rig, ITestOutputHelper output)
{
    [Fact]
    public async Task Loses_no_accepted_request_and_applies_none_twice()
    {
        var plan = ChaosPlan.FromEnvironment();
        output.WriteLine($"chaos seed {plan.Seed} (HUB_CHAOS_SEED repeats it); soak: {plan.Soak?.ToString() ?? "no, each service killed twice"}");
        await using var hub = await HubServices.StartAsync(rig, output, Path.GetTempPath(), new Dictionary<string, string?>
        {
            // A request the killed gateway left "in progress" frees its key soon, so the partner's retry is answered.
            ["Hub:Gateway:Idempotency:InProgressTimeout"] = "00:00:05",
            ["Hub:Gateway:PublishTimeout"] = "00:00:03",
        }, withSignals: true);
        var traffic = new PartnerTraffic(hub, new TestResidents(plan.Seed), $"run{plan.Seed}");
        var kills = ChaosPlan.Services.ToDictionary(s => s, _ => 0);
        var clock = Stopwatch.StartNew();

        using var stopTraffic = new CancellationTokenSource();
        var running = traffic.RunAsync(stopTraffic.Token);
        foreach (var victim in plan.Victims(() => clock.Elapsed > plan.Soak))
        {
            await Task.Delay(plan.PauseBeforeKill());
            Assert.False(running.IsFaulted, $"the partners' traffic failed: {running.Exception}");
            output.WriteLine($"{clock.Elapsed:mm\\:ss} SIGKILL {victim} ({traffic.Accepted.Total} accepted so far)");
            var restarted = await hub.KillAndRestartAsync(victim);
            kills[victim]++;
            await restarted.WaitForHealthyAsync(TimeSpan.FromSeconds(120));
        }
        await Task.Delay(TimeSpan.FromSeconds(2)); // traffic on the last restarted service too
        await stopTraffic.CancelAsync();
        await running;
        output.WriteLine($"{clock.Elapsed:mm\\:ss} traffic stopped: {traffic.Accepted.Total} accepted, {traffic.Accepted.Refusals} refusals retried");

        var effects = new HubEffects(hub, rig.TapOf(hub.VirtualHost));
        await Eventually.True(async () => await SettledAsync(hub, effects), "the Hub settles: outboxes sent, queues drained", timeoutSeconds: 300);
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a wrong late effect to appear
        var counts = await effects.CountAsync(traffic.Accepted);
        var deadLettered = (await rig.QueueDepthsAsync(hub.VirtualHost)).Where(q => q.Key.EndsWith("_error", StringComparison.Ordinal)).Sum(q => q.Value);

        output.WriteLine($"RELIABILITY kills: {string.Join(", ", kills.Select(k => $"{k.Key} {k.Value}"))}; duration {clock.Elapsed:mm\\:ss}; "
            + $"accepted {traffic.Accepted.Total}; refusals retried {traffic.Accepted.Refusals}; dead-lettered {deadLettered}");
        foreach (var count in counts)
        {
            output.WriteLine($"RELIABILITY {count}");
        }
        Assert.All(kills, k => Assert.True(k.Value >= 2, $"{k.Key} was killed {k.Value} times"));
        Assert.All(counts, c => Assert.True(c.Expected > 0, $"no {c.Kind} to check"));
        Assert.All(counts, c => Assert.True(c.Lost == 0 && c.Duplicated == 0, c.ToString()));
        Assert.Equal(0, deadLettered);
    }

    /// <summary>Nothing left to publish and nothing waiting in a consumer queue (error queues are counted separately).</summary>
    private async Task<bool> SettledAsync(HubServices hub, HubEffects effects)
    {
        var waiting = (await rig.QueueDepthsAsync(hub.VirtualHost))
            .Where(q => !q.Key.EndsWith("_error", StringComparison.Ordinal) && !q.Key.StartsWith("hub-test-", StringComparison.Ordinal))
            .Sum(q => q.Value);
        return waiting == 0 && await effects.UnsentOutboxAsync() == 0;
    }
}
