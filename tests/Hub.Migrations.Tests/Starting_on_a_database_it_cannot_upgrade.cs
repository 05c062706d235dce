using Hub.Messaging.Storage;
using Hub.Signals.Storage;

namespace Hub.Migrations.Tests;

/// <summary>A database this build must not touch stops the start at once, saying why and what to do.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class Starting_on_a_database_it_cannot_upgrade(PostgresServerFixture postgres) : IDisposable
{
    private readonly Databases _databases = new(postgres);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_database_a_newer_build_migrated_is_refused_by_the_older_build(DatabaseProvider provider)
    {
        var database = await _databases.NewAsync(provider);
        await using (var newer = new StorageHost<SignalsDb>("Signals", database, withNextMigration: true))
        {
            await newer.StartAsync();
        }

        // Rolled back to the build before: its last migration is older than the database's.
        await using var older = new StorageHost<SignalsDb>("Signals", database);
        var started = DateTime.UtcNow;
        var refusal = await Assert.ThrowsAsync<DatabaseMigrationException>(older.StartAsync);

        Assert.Contains("migrated by a newer build", refusal.Message, StringComparison.Ordinal);
        Assert.Contains(WithNextMigration.Id, refusal.Message, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "no retries on a database that answers");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Some_of_the_tables_without_a_history_are_refused_and_named(DatabaseProvider provider)
    {
        var database = await _databases.NewAsync(provider);
        await Databases.CreateAsBeforeMigrationsAsync<SignalsDb>(database);
        await Databases.ExecuteAsync(database, "DROP TABLE consents");

        await using var service = new StorageHost<SignalsDb>("Signals", database);
        var refusal = await Assert.ThrowsAsync<DatabaseMigrationException>(service.StartAsync);

        Assert.Contains("missing: consents", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(0, await Databases.CountAsync(database, provider == DatabaseProvider.Postgres
            ? "SELECT count(*) FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory'"
            : "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'"));
    }

    public void Dispose() => _databases.Dispose();
}
