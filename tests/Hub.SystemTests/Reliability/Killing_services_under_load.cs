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
public sealed class Killing_services_under_load(SystemRig rig, ITestOutputHelper output)
{
    [Fact]
    public async Task Loses_no_accepted_request_and_applies_none_twice()
    {
        var plan = ChaosPlan.FromEnvironment();
        output.WriteLine($"chaos seed {plan.Seed} (HUB_CHAOS_SEED repeats it); soak: {plan.Soak?.ToString() ?? "no, each service killed twice"}");
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath(), FaultTolerantGateway, withSignals: true);
        var kills = ChaosPlan.Services.ToDictionary(s => s, _ => 0);

        await using var load = LoadRun.Start(rig, hub, output, plan.Seed);
        foreach (var victim in plan.Victims(() => load.Elapsed > plan.Soak))
        {
            await Task.Delay(plan.PauseBeforeKill());
            load.ThrowIfTrafficFailed();
            load.Note($"SIGKILL {victim}");
            var restarted = await hub.KillAndRestartAsync(victim);
            kills[victim]++;
            await restarted.WaitForHealthyAsync(TimeSpan.FromSeconds(120));
        }
        var result = await load.StopSettleAndCountAsync();

        output.WriteLine($"RELIABILITY kills: {string.Join(", ", kills.Select(k => $"{k.Key} {k.Value}"))}");
        Assert.All(kills, k => Assert.True(k.Value >= 2, $"{k.Key} was killed {k.Value} times"));
        result.AssertNothingLostOrDuplicated();
    }

    /// <summary>
    /// A request the killed gateway left "in progress" frees its key after 5 s, so the partner's retry is answered
    /// soon; a publish without a confirm within 3 s is a 503.
    /// </summary>
    internal static Dictionary<string, string?> FaultTolerantGateway => new()
    {
        ["Hub:Gateway:Idempotency:InProgressTimeout"] = "00:00:05",
        ["Hub:Gateway:PublishTimeout"] = "00:00:03",
    };
}
