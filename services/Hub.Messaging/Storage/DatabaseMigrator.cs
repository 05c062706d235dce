using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hub.Messaging.Storage;

/// <summary>Brings one service database to the schema of this build.</summary>
public interface IDatabaseMigrator
{
    string Database { get; }

    Task MigrateAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Applies the service's EF Core migrations at start, before the bus consumes (hosted services start in order), and
/// for the <c>migrate</c> command. On PostgreSQL one instance at a time migrates (an advisory lock), so instances that
/// start together apply each migration once. A database that an earlier build created without migrations (every
/// table of the baseline, no history) is recorded as at the baseline, keeping its rows; a database that a newer build
/// migrated stops the start.
/// </summary>
internal sealed class DatabaseMigrator<TDb>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TDb>> logger) : IHostedService, IDatabaseMigrator
    where TDb : DbContext
{
    private static readonly TimeSpan WaitForDatabase = TimeSpan.FromSeconds(60);

    public string Database => typeof(TDb).Name;

    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + WaitForDatabase;
        while (true)
        {
            try
            {
                await MigrateOnceAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException ex) when (ex.IsTransient && DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
            {
                // A server that is still starting; anything wrong once it answers stops the start.
                logger.LogWarning("{Database} database not reachable yet ({Reason}); retrying", Database, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        await CreateDatabaseIfMissingAsync(db, cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var isPostgres = db.Database.IsNpgsql();
            if (isPostgres)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
            }
            try
            {
                await MigrateLockedAsync(db, cancellationToken);
            }
            finally
            {
                if (isPostgres)
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
                }
            }
            if (db.Database.IsSqlite())
            {
                // WAL lets readers work while a consumer writes; the mode is kept in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task CreateDatabaseIfMissingAsync(TDb db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }
        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance created it a moment ago.
        }
    }

    private async Task MigrateLockedAsync(TDb db, CancellationToken cancellationToken)
    {
        var migrations = db.GetService<IMigrationsAssembly>();
        var history = db.GetService<IHistoryRepository>();
        if (migrations.Migrations.Count == 0)
        {
            throw new DatabaseMigrationException($"This build has no migrations for {Database} on {db.Database.ProviderName}.");
        }
        // Not history.ExistsAsync: Npgsql's answered true here for a database without the table.
        if (!await TableExistsAsync(db, HistoryRepository.DefaultTableName, cancellationToken))
        {
            await RecordBaselineOfUnmigratedDatabaseAsync(db, migrations, history, cancellationToken);
            // Created here, so EF's own first look at the history of a new database does not log a failed query.
            await history.CreateIfNotExistsAsync(cancellationToken);
        }

        var applied = (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(row => row.MigrationId).ToList();
        var unknown = applied.Where(id => !migrations.Migrations.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new DatabaseMigrationException(
                $"The {Database} database was migrated by a newer build ({string.Join(", ", unknown)}) than this one, whose last migration is " +
                $"{migrations.Migrations.Keys.Last()}. Run the newer build, or restore the backup taken before the upgrade (docs/operations.md, Upgrade).");
        }
        var pending = migrations.Migrations.Keys.Where(id => !applied.Contains(id)).ToList();
        if (pending.Count == 0)
        {
            logger.LogInformation("{Database} database is up to date at {Migration}", Database, applied.LastOrDefault());
            return;
        }
        logger.LogInformation("Migrating {Database} database: {Migrations}", Database, string.Join(", ", pending));
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("{Database} database migrated to {Migration}", Database, pending[^1]);
    }

    /// <summary>
    /// Builds before migrations created the schema of the first (baseline) migration with EnsureCreated and kept no
    /// history. Such a database holds every baseline table; it is recorded as at the baseline, and later migrations
    /// apply to it as to any other. Some tables without history is not a Hub database this build can upgrade.
    /// </summary>
    private async Task RecordBaselineOfUnmigratedDatabaseAsync(TDb db, IMigrationsAssembly migrations, IHistoryRepository history,
        CancellationToken cancellationToken)
    {
        var (baselineId, baselineType) = migrations.Migrations.First();
        var baseline = migrations.CreateMigration(baselineType, db.Database.ProviderName!);
        var tables = baseline.TargetModel!.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var present = new List<string>();
        foreach (var table in tables)
        {
            if (await TableExistsAsync(db, table, cancellationToken))
            {
                present.Add(table);
            }
        }
        if (present.Count == 0)
        {
            return;
        }
        if (present.Count < tables.Count)
        {
            throw new DatabaseMigrationException(
                $"The {Database} database has no migrations history and only some of the baseline's tables (missing: " +
                $"{string.Join(", ", tables.Except(present))}). It was not made by a Hub build this one can upgrade; restore it from a backup.");
        }
        await history.CreateIfNotExistsAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baselineId, ProductInfo.GetVersion())), cancellationToken);
        logger.LogWarning("{Database} database was created before migrations; recorded it as at the baseline {Migration}", Database, baselineId);
    }

    private static async Task<bool> TableExistsAsync(TDb db, string table, CancellationToken cancellationToken)
    {
        var count = db.Database.IsNpgsql()
            ? db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {table}")
            : db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}");
        return await count.SingleAsync(cancellationToken) > 0;
    }

    /// <summary>One advisory lock key per context, the same in every instance and build.</summary>
    private static readonly long LockKey =
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"hub-migrations:{typeof(TDb).FullName}")));
}

/// <summary>The database cannot be brought to this build's schema; retrying cannot help.</summary>
public sealed class DatabaseMigrationException(string message) : InvalidOperationException(message);
