using Hub.ServiceDefaults;

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
    : PeriodicWork(clock, logger) where TStore : IExpiringRows
{
    protected override TimeSpan Interval => interval;
    protected override string Work => $"Purging expired {TStore.Rows}";
    // Nothing has expired in the first moments of a start.
    protected override bool RunsAtStart => false;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var purged = await scope.ServiceProvider.GetRequiredService<TStore>().PurgeExpiredAsync(cancellationToken);
        if (purged > 0)
        {
            Logger.LogInformation("Purged {Count} expired {Rows}", purged, TStore.Rows);
        }
    }
}

public static class ExpiredRowsPurgerExtensions
{
    public static IServiceCollection AddExpiredRowsPurger<TStore>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> interval)
        where TStore : IExpiringRows =>
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<ExpiredRowsPurger<TStore>>(provider, interval(provider)));
}
