using Hub.JobMatching.Storage;
using Hub.Messaging.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hub.Migrations.Tests;

/// <summary>Instances of one service that start at the same moment on PostgreSQL: one migrates, the others wait and find it done.</summary>
[Collection(PostgresServerCollection.Name)]
public sealed class Starting_instances_together(PostgresServerFixture postgres) : IDisposable
{
    private readonly Databases _databases = new(postgres);

    [Fact]
    public async Task On_a_database_not_created_yet_all_come_up_and_each_migration_is_applied_once() =>
        await StartTogether(_databases.NotCreatedYet());

    [Fact]
    public async Task On_a_database_created_before_migrations_all_come_up_and_the_baseline_is_recorded_once()
    {
        var database = await _databases.NewAsync(DatabaseProvider.Postgres);
        await Databases.CreateAsBeforeMigrationsAsync<MatchingDb>(database);
        await StartTogether(database);
    }

    private static async Task StartTogether(Database database)
    {
        var instances = Enumerable.Range(0, 3).Select(_ => new StorageHost<MatchingDb>("Matching", database, withNextMigration: true)).ToList();
        try
        {
            await Task.WhenAll(instances.Select(instance => Task.Run(instance.StartAsync)));

            var known = await instances[0].WithDb((db, _) => Task.FromResult(db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList()));
            // The shipped migrations, Baseline first, and the next one.
            Assert.EndsWith("_Baseline", known[0], StringComparison.Ordinal);
            Assert.Equal(WithNextMigration.Id, known[^1]);
            foreach (var id in known)
            {
                Assert.Equal(1, await Databases.CountAsync(database, $"SELECT count(*) FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = '{id}'"));
            }
            Assert.Equal(known.Count, await Databases.CountAsync(database, "SELECT count(*) FROM \"__EFMigrationsHistory\""));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    public void Dispose() => _databases.Dispose();
}
