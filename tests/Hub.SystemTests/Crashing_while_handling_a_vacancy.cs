using Hub.Messaging.Diagnostics;
using Hub.SystemTests.Leaks;
using Hub.Testing;
using MassTransit;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// Job matching is killed (SIGKILL) at each dangerous moment of handling a vacancy and restarted:
/// between commit and ack, between commit and publish, and between publish and marking sent.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Crashing_while_handling_a_vacancy(SystemRig rig, ITestOutputHelper output) : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("hub-crash-").FullName;

    public static TheoryData<string, DatabaseKind> Cases => new()
    {
        { DurabilityEvents.ConsumeCommitted, DatabaseKind.Sqlite },
        { DurabilityEvents.ConsumeCommitted, DatabaseKind.Postgres },
        { DurabilityEvents.OutboxRead, DatabaseKind.Sqlite },
        { DurabilityEvents.OutboxRead, DatabaseKind.Postgres },
        { DurabilityEvents.OutboxPublished, DatabaseKind.Sqlite },
        { DurabilityEvents.OutboxPublished, DatabaseKind.Postgres },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Loses_nothing_and_applies_nothing_twice(string crashAt, DatabaseKind database)
    {
        var vhost = await rig.NewVirtualHostAsync();
        var broker = rig.BrokerSettings(vhost);
        var matchingDb = rig.DatabaseSettings(database, "Matching", _scratch);
        await using var probe = await RegistrationProbe.StartAsync(Settings.Merge(broker, rig.DatabaseSettings(database, "Probe", _scratch)));

        await using (var doomed = ServiceProcess.Start("Hub.JobMatching", Settings.AsEnvironment(broker, matchingDb, TestHooks.CrashAt(crashAt)), log: output.WriteLine))
        {
            await doomed.WaitForHealthyAsync(TimeSpan.FromSeconds(120));
            var vacancy = SampleVacancies.Published();
            await probe.Bus.Publish(vacancy, c => c.MessageId = vacancy.VacancyId);
            await Eventually.True(() => Task.FromResult(doomed.HasExited), $"job matching dies at {crashAt}");

            await using var restarted = ServiceProcess.Start("Hub.JobMatching", Settings.AsEnvironment(broker, matchingDb), log: output.WriteLine);
            await restarted.WaitForHealthyAsync(TimeSpan.FromSeconds(120));

            await Eventually.True(async () => await probe.EffectsFor(vacancy.VacancyId) == 1, "the registration reaches the downstream service");
            var matching = new MatchingDatabase(matchingDb);
            await Eventually.True(async () => (await matching.CountsFor(vacancy.VacancyId)).UnsentOutbox == 0, "the outbox is drained");
            await Eventually.True(async () => await QueueDepth(vhost, "vacancy-published") == 0, "the vacancy message is acked");
            await Task.Delay(TimeSpan.FromSeconds(1)); // room for a wrong second effect to appear

            var (vacancies, inboxRecords, _) = await matching.CountsFor(vacancy.VacancyId);
            Assert.Equal(1, vacancies);
            Assert.Equal(1, inboxRecords);
            Assert.Equal(1, await probe.EffectsFor(vacancy.VacancyId));
            var deliveries = probe.Deliveries.MessageIdsFor(vacancy.VacancyId);
            Assert.Single(deliveries.Distinct());
            if (crashAt == DurabilityEvents.OutboxPublished)
            {
                // The confirmed publish was repeated after the restart; the inbox dropped the copy.
                Assert.True(deliveries.Count >= 2, $"expected a repeated delivery, saw {deliveries.Count}");
            }
            if (crashAt == DurabilityEvents.ConsumeCommitted)
            {
                Assert.Contains("already processed", restarted.OutputText, StringComparison.Ordinal);
            }
        }
    }

    private async Task<int> QueueDepth(string vhost, string queue) => (await rig.QueueDepthsAsync(vhost)).GetValueOrDefault(queue, -1);

    public void Dispose()
    {
        SqliteScratch.ScanBeforeDeleting(_scratch);
        Directory.Delete(_scratch, recursive: true);
    }
}
