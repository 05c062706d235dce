using Hub.Contracts.Matching;
using Hub.Gateway.Storage;
using Hub.Housing.Storage;
using Hub.JobMatching.Storage;
using Hub.Messaging.Outbox;
using Hub.Messaging.Storage;
using Hub.Operations.Storage;
using Hub.Police.Storage;
using Hub.Schools.Storage;
using Hub.Signals.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Migrations.Tests;

/// <summary>
/// A database that a build before migrations created (today's schema, no history) and filled, upgraded in place by the
/// next build: recognised as at the baseline, the next migration (a column and an index) applied, every row still
/// there and readable, and an outbox message written before the upgrade relayed after it.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class Upgrading_a_database_created_before_migrations(PostgresServerFixture postgres) : IDisposable
{
    private readonly Databases _databases = new(postgres);

    public static TheoryData<string, DatabaseProvider> Services()
    {
        var data = new TheoryData<string, DatabaseProvider>();
        foreach (var service in new[] { "Gateway", "Matching", "Signals", "Operations", "Housing", "Schools", "Police" })
        {
            data.Add(service, DatabaseProvider.Sqlite);
            data.Add(service, DatabaseProvider.Postgres);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Services))]
    public Task Keeps_every_row_and_applies_the_next_migration(string service, DatabaseProvider provider) => service switch
    {
        "Gateway" => Upgrade<GatewayDb>(service, provider),
        "Matching" => Upgrade<MatchingDb>(service, provider),
        "Signals" => Upgrade<SignalsDb>(service, provider),
        "Operations" => Upgrade<OperationsDb>(service, provider),
        "Housing" => Upgrade<HousingDb>(service, provider),
        "Schools" => Upgrade<SchoolsDb>(service, provider),
        "Police" => Upgrade<PoliceDb>(service, provider),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private async Task Upgrade<TDb>(string service, DatabaseProvider provider) where TDb : DbContext
    {
        var database = await _databases.NewAsync(provider);
        await Databases.CreateAsBeforeMigrationsAsync<TDb>(database);
        var tablesBefore = await Databases.TablesAsync(database);
        EarlierSchema.Register(database.ConnectionString, tablesBefore);
        Guid written;
        await using (var before = new StorageHost<TDb>(service, database, earlierSchema: true))
        {
            // Not started: nothing migrates; the rows go in as the earlier build wrote them.
            written = await before.WithDb(async (db, services) =>
            {
                await EveryTable.FillAsync(db, tablesBefore.Keys.ToHashSet());
                var id = services.GetRequiredService<Outbox<TDb>>().Publish(new VacancyWithdrawn
                {
                    VacancyId = Guid.CreateVersion7(), EmployerId = "employer-1", WithdrawnAt = DateTime.UtcNow,
                });
                await db.SaveChangesAsync();
                return id;
            });
        }

        await using var upgraded = new StorageHost<TDb>(service, database, withNextMigration: true);
        await upgraded.StartAsync();

        await Relayed(database);
        Assert.True(await upgraded.Harness.Published.Any<VacancyWithdrawn>(m => m.Context.MessageId == written),
            "the outbox message written before the upgrade is relayed after it");
        var (rows, applied, known) = await upgraded.WithDb(async (db, _) => (
            await EveryTable.ReadAsync(db),
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList()));
        // Tables of the earlier build keep their row; tables later migrations added are there, readable and empty.
        Assert.All(rows, table => Assert.True(table.Value == (tablesBefore.ContainsKey(table.Key) ? 1 : 0),
            $"{table.Key} holds {table.Value} rows after the upgrade ({(tablesBefore.ContainsKey(table.Key) ? "1 before" : "added by a migration")})"));
        Assert.Equal(known, applied);
        Assert.Equal(WithNextMigration.Id, applied[^1]);
        Assert.Equal(1, await Databases.CountAsync(database, provider == DatabaseProvider.Postgres
            ? $"SELECT count(*) FROM information_schema.columns WHERE table_name = 'outbox_messages' AND column_name = '{AddRelayNote.Column}'"
            : $"SELECT count(*) FROM pragma_table_info('outbox_messages') WHERE name = '{AddRelayNote.Column}'"));
        Assert.Equal(1, await Databases.CountAsync(database, provider == DatabaseProvider.Postgres
            ? $"SELECT count(*) FROM pg_indexes WHERE tablename = 'outbox_messages' AND indexname = '{AddRelayNote.Index}'"
            : $"SELECT count(*) FROM pragma_index_list('outbox_messages') WHERE name = '{AddRelayNote.Index}'"));
    }

    /// <summary>Waits until the relay has stamped every outbox row as sent.</summary>
    private static async Task Relayed(Database database)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await Databases.CountAsync(database, "SELECT count(*) FROM outbox_messages WHERE \"SentAt\" IS NULL") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the outbox row written before the upgrade is still unsent after 30 s");
            await Task.Delay(100);
        }
    }

    public void Dispose() => _databases.Dispose();
}
