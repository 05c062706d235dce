using Xunit.Abstractions;

namespace Hub.SystemTests.Reliability;

/// <summary>
/// The RabbitMQ node goes away and comes back in the middle of the partners' traffic. While it is away the
/// gateway answers 503 and accepts nothing; the services reconnect on their own; every request accepted before,
/// during or after has its effects exactly once. In ./test.sh the node is SIGKILLed and started again on its data
/// directory (a crash: seconds, no CLI); the long variant stops it gracefully with rabbitmqctl stop_app.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Restarting_the_broker_under_load(SystemRig rig, ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(8);
    /// <summary>A 202 whose confirm came just before the stop may still be on its way back; later ones may not exist.</summary>
    private static readonly TimeSpan InFlightMargin = TimeSpan.FromSeconds(2);

    /// <summary>Requests accepted before the fault and again after it, so the fault hits a flowing stream.</summary>
    private const int TrafficAroundTheFault = 40;

    [Fact]
    public async Task Killed_and_restarted_it_accepts_nothing_while_away_and_loses_nothing_accepted()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath(), Killing_services_under_load.FaultTolerantGateway, withSignals: true);
        await using var load = LoadRun.Start(rig, hub, output, Random.Shared.Next(1, 1_000_000));

        await load.WhenAcceptedAsync(TrafficAroundTheFault);
        load.Note("killing the broker");
        var acceptedBefore = load.Accepted.Total;
        int acceptedWhileAway;
        var outage = System.Diagnostics.Stopwatch.StartNew();
        await rig.KillBrokerAsync();
        try
        {
            var killed = DateTime.UtcNow;
            // The fault is real: nothing answers AMQP on the node's port any more.
            await Assert.ThrowsAnyAsync<Exception>(() => VirtualHostConnection.OpenAsync(rig.Broker, hub.VirtualHost));
            await Task.Delay(Outage);
            acceptedWhileAway = load.Accepted.AcceptedBetween(killed + InFlightMargin, DateTime.UtcNow);
        }
        finally
        {
            load.Note("starting the broker");
            await rig.RestartBrokerAsync(hub.VirtualHost);
        }
        var away = outage.Elapsed;
        await load.WhenAcceptedAsync(TrafficAroundTheFault);
        // The tap misses what was published between reading it and the kill, so events are checked for duplicates only.
        var result = await load.StopSettleAndCountAsync(announcementsComplete: false);

        output.WriteLine($"RELIABILITY broker killed, away {away.TotalSeconds:F1} s: accepted while away {acceptedWhileAway}, "
            + $"accepted before {acceptedBefore}, after {load.Accepted.Total - acceptedBefore}");
        Assert.Equal(0, acceptedWhileAway);
        Assert.True(load.Accepted.Total > acceptedBefore, "the gateway accepted again after the broker returned");
        result.AssertNothingLostOrDuplicated();
    }

    [LongFact] // rabbitmqctl stop_app needs minutes on a loaded shared machine; too slow and flaky for every ./test.sh run
    public async Task Stopped_gracefully_it_accepts_nothing_while_away_and_loses_nothing_accepted()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath(), Killing_services_under_load.FaultTolerantGateway, withSignals: true);
        var tap = rig.TapOf(hub.VirtualHost);
        await using var load = LoadRun.Start(rig, hub, output, Random.Shared.Next(1, 1_000_000));

        await load.WhenAcceptedAsync(TrafficAroundTheFault);
        load.Note("stopping the broker");
        var acceptedBefore = load.Accepted.Total;
        int acceptedWhileAway;
        await tap.ReadAllAsync(); // the tap's copies would not survive the restart
        try
        {
            await rig.Broker.StopAppAsync();
            var stopped = DateTime.UtcNow;
            await Task.Delay(Outage);
            acceptedWhileAway = load.Accepted.AcceptedBetween(stopped + InFlightMargin, DateTime.UtcNow);
        }
        finally
        {
            load.Note("starting the broker");
            await rig.Broker.StartAppAsync();
            await tap.ResumeAsync();
        }
        await load.WhenAcceptedAsync(TrafficAroundTheFault);
        // The tap misses what was published between reading it and the stop, so events are checked for duplicates only.
        var result = await load.StopSettleAndCountAsync(announcementsComplete: false);

        output.WriteLine($"RELIABILITY broker away {Outage.TotalSeconds} s: accepted while away {acceptedWhileAway}, "
            + $"accepted before {acceptedBefore}, after {load.Accepted.Total - acceptedBefore}");
        Assert.Equal(0, acceptedWhileAway);
        Assert.True(load.Accepted.Total > acceptedBefore, "the gateway accepted again after the broker returned");
        result.AssertNothingLostOrDuplicated();
    }
}
