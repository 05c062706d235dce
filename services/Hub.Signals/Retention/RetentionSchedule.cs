using Hub.ServiceDefaults;
using Hub.Signals.Options;
using Microsoft.Extensions.Options;

namespace Hub.Signals.Retention;

/// <summary>Runs the retention purge at start and then every <see cref="SignalsOptions.PurgeInterval"/>.</summary>
internal sealed class RetentionSchedule(IServiceScopeFactory scopes, IOptions<SignalsOptions> options, TimeProvider clock, ILogger<RetentionSchedule> logger)
    : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => options.Value.PurgeInterval;
    protected override string Work => "Retention purge";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RetentionPurge>().Run(cancellationToken);
    }
}
