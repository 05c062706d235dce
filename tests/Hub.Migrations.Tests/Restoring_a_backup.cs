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
using Npgsql;

namespace Hub.Migrations.Tests;

/// <summary>
/// The backup and restore of docs/operations.md ("Back up"), done as written: `pg_dump -U hub -Fc`, then after a loss
/// `pg_restore -U hub -d &lt;db&gt; --clean --if-exists` over the damaged database. The service starts on it with nothing
/// to migrate and reads every row back.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class Restoring_a_backup(PostgresServerFixture postgres) : IDisposable
{
    private readonly Databases _databases = new(postgres);
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-backup-").FullName;

    public static TheoryData<string> Services() => ["Gateway", "Matching", "Signals", "Operations", "Housing", "Schools", "Police"];

    [Theory]
    [MemberData(nameof(Services))]
    public Task Brings_back_every_row_of_a_service_database(string service) => service switch
    {
        "Gateway" => BackUpAndRestore<GatewayDb>(service),
        "Matching" => BackUpAndRestore<MatchingDb>(service),
        "Signals" => BackUpAndRestore<SignalsDb>(service),
        "Operations" => BackUpAndRestore<OperationsDb>(service),
        "Housing" => BackUpAndRestore<HousingDb>(service),
        "Schools" => BackUpAndRestore<SchoolsDb>(service),
        "Police" => BackUpAndRestore<PoliceDb>(service),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private async Task BackUpAndRestore<TDb>(string service) where TDb : DbContext
    {
        var database = await _databases.NewAsync(DatabaseProvider.Postgres);
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;
        await using (var migrating = new StorageHost<TDb>(service, database))
        {
            await migrating.StartAsync();
        }
        Dictionary<string, int> before;
        Guid unsent;
        await using (var stopped = new StorageHost<TDb>(service, database))
        {
            // Rows in every table, and a message in the outbox the relay has not sent yet when the dump is taken.
            (before, unsent) = await stopped.WithDb(async (db, services) =>
            {
                await EveryTable.FillAsync(db, (await Databases.TablesAsync(database)).Keys.ToHashSet());
                var id = services.GetRequiredService<Outbox<TDb>>().Publish(new VacancyWithdrawn
                {
                    VacancyId = Guid.CreateVersion7(), EmployerId = "employer-1", WithdrawnAt = DateTime.UtcNow,
                });
                await db.SaveChangesAsync();
                return (await EveryTable.ReadAsync(db), id);
            });
        }
        var dump = Path.Combine(_directory, $"backup-{name}.dump");
        await postgres.Server.ClientToolAsync("pg_dump", "-Fc", "-f", dump, name);

        // The loss: every table emptied, one dropped.
        var tables = (await Databases.TablesAsync(database)).Keys.ToList();
        await Databases.ExecuteAsync(database, $"TRUNCATE {string.Join(", ", tables.Select(t => $"\"{t}\""))} CASCADE; DROP TABLE \"{tables[0]}\" CASCADE;");
        await postgres.Server.ClientToolAsync("pg_restore", "-d", name, "--clean", "--if-exists", dump);

        await using var restored = new StorageHost<TDb>(service, database);
        await restored.StartAsync();
        // As docs/operations.md says: the restored service sends what was unsent at dump time.
        await Eventually.True(() => restored.Harness.Published.Any<VacancyWithdrawn>(m => m.Context.MessageId == unsent),
            "the outbox message unsent at dump time is relayed after the restore");
        var (after, applied, known) = await restored.WithDb(async (db, _) => (
            await EveryTable.ReadAsync(db),
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList()));

        Assert.Equal(before, after);
        Assert.All(before.Where(t => t.Key != "__EFMigrationsHistory"), table => Assert.True(table.Value > 0, $"{table.Key} had no row to back up"));
        Assert.Equal(known, applied);
    }

    public void Dispose()
    {
        _databases.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
