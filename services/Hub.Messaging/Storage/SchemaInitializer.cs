using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Storage;

/// <summary>
/// Creates the service's schema before the bus starts consuming; waits for a database that is still starting. The Hub does
/// not migrate schemas yet: a database an older build created, which lacks a column, stops the start with its name.
/// </summary>
internal sealed class SchemaInitializer<TDb>(IServiceScopeFactory scopes, ILogger<SchemaInitializer<TDb>> logger) : IHostedService
    where TDb : DbContext
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        while (true)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TDb>();
                await db.Database.EnsureCreatedAsync(cancellationToken);
                if (db.Database.IsSqlite())
                {
                    // WAL lets readers work while a consumer writes.
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                }
                await CheckColumnsAsync(db, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OutdatedSchemaException && DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Database for {Database} not ready; retrying", typeof(TDb).Name);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>EnsureCreated leaves an existing database as it is: read every mapped column once, so a missing one fails here.</summary>
    private static async Task CheckColumnsAsync(TDb db, CancellationToken cancellationToken)
    {
        foreach (var entity in db.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table)
            {
                continue;
            }
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var columns = entity.GetProperties().Select(p => p.GetColumnName(store)).OfType<string>().Distinct().Select(c => $"\"{table}\".\"{c}\"");
            // Names from the model, not from input. Qualified, because SQLite reads an unknown bare "name" as a string literal.
            var probe = $"SELECT {string.Join(", ", columns)} FROM \"{table}\" WHERE 1 = 0";
            try
            {
                await db.Database.ExecuteSqlRawAsync(probe, cancellationToken);
            }
            catch (DbException ex)
            {
                throw new OutdatedSchemaException(
                    $"The {typeof(TDb).Name} database does not match this build (table {table}: {ex.Message}). An older build created it, " +
                    "and the Hub creates schemas but does not migrate them yet: for the embedded run delete the data folder; " +
                    "on PostgreSQL see docs/operations.md, Upgrade a service's database.", ex);
            }
        }
    }
}

/// <summary>The database was created by an older build; retrying cannot help.</summary>
public sealed class OutdatedSchemaException(string message, Exception inner) : InvalidOperationException(message, inner);
