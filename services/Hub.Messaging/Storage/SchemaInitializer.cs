using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Storage;

/// <summary>Creates the service's schema before the bus starts consuming; waits for a database that is still starting.</summary>
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
                return;
            }
            catch (Exception ex) when (DateTime.UtcNow < deadline && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Database for {Database} not ready; retrying", typeof(TDb).Name);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
