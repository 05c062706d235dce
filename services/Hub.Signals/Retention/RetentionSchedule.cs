using Hub.Signals.Options;
using Microsoft.Extensions.Options;

namespace Hub.Signals.Retention;

/// <summary>Runs the retention purge at start and then every <see cref="SignalsOptions.PurgeInterval"/>.</summary>
internal sealed class RetentionSchedule(IServiceScopeFactory scopes, IOptions<SignalsOptions> options, TimeProvider clock, ILogger<RetentionSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RetentionPurge>().Run(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Retention purge failed; trying again next round");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
