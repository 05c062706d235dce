using Xunit.Abstractions;

namespace Hub.SystemTests.Reliability;

/// <summary>
/// PostgreSQL (all three services' databases) stops and comes back in the middle of the partners' traffic. Consumers
/// cannot commit, so they do not ack: messages wait in their queues and are retried, none is dead-lettered; the
/// gateway refuses what it cannot record. Afterwards every accepted request has its effects exactly once.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Losing_the_database_under_load(SystemRig rig, ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(15);

    /// <summary>Requests accepted before the fault and again after it, so the fault hits a flowing stream.</summary>
    private const int TrafficAroundTheFault = 40;

    [LongFact]
    public async Task Holds_messages_until_it_returns_and_loses_nothing_accepted()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath(), Killing_services_under_load.FaultTolerantGateway, withSignals: true);
        await using var load = LoadRun.Start(rig, hub, output, Random.Shared.Next(1, 1_000_000));

        await load.WhenAcceptedAsync(TrafficAroundTheFault);
        load.Note("stopping PostgreSQL");
        await rig.Postgres.StopAsync();
        try
        {
            await Task.Delay(Outage);
        }
        finally
        {
            load.Note("starting PostgreSQL");
            await rig.Postgres.StartAsync();
        }
        await load.WhenAcceptedAsync(TrafficAroundTheFault);
        var result = await load.StopSettleAndCountAsync();

        output.WriteLine($"RELIABILITY database away {Outage.TotalSeconds} s");
        result.AssertNothingLostOrDuplicated();
    }
}
