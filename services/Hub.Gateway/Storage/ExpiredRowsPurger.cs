namespace Hub.Gateway.Storage;

/// <summary>A gateway table whose rows expire after a retention (idempotency records, commands).</summary>
public interface IExpiringRows
{
    /// <summary>What the rows are, for the log ("idempotency records").</summary>
    static abstract string Rows { get; }

    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken);
}

/// <summary>Deletes the expired rows of <typeparamref name="TStore"/> every <paramref name="interval"/>, so the table stays small.</summary>
public sealed class ExpiredRowsPurger<TStore>(IServiceScopeFactory scopes, TimeProvider clock, TimeSpan interval, ILogger<ExpiredRowsPurger<TStore>> logger)
    : BackgroundService where TStore : IExpiringRows
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first purge waits one interval: nothing has expired in the first moments of a start.
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var purged = await scope.ServiceProvider.GetRequiredService<TStore>().PurgeExpiredAsync(stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation("Purged {Count} expired {Rows}", purged, TStore.Rows);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Purging expired {Rows} failed; trying again later", TStore.Rows);
            }
        }
    }
}

public static class ExpiredRowsPurgerExtensions
{
    public static IServiceCollection AddExpiredRowsPurger<TStore>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> interval)
        where TStore : IExpiringRows =>
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<ExpiredRowsPurger<TStore>>(provider, interval(provider)));
}
