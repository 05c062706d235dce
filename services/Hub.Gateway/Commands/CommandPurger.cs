using Microsoft.Extensions.Options;

namespace Hub.Gateway.Commands;

/// <summary>Deletes commands older than the retention.</summary>
public sealed class CommandPurger(IServiceScopeFactory scopes, TimeProvider clock, IOptions<CommandOptions> options, ILogger<CommandPurger> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first purge waits one interval: at start the database may still be migrating.
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var purged = await scope.ServiceProvider.GetRequiredService<CommandLog>().PurgeExpiredAsync(stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation("Purged {Count} expired commands", purged);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Purging expired commands failed; trying again later");
            }
        }
    }
}
