using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.ServiceDefaults;

/// <summary>
/// Background work that runs every <see cref="Interval"/> on the host's <see cref="TimeProvider"/> (so tests can move
/// time on): the first round at start unless <see cref="RunsAtStart"/> is false; a failed round is logged and the next
/// one tries again.
/// </summary>
public abstract class PeriodicWork(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected ILogger Logger { get; } = logger;

    protected abstract TimeSpan Interval { get; }

    /// <summary>What one round does, for the log ("Purging old audit records").</summary>
    protected abstract string Work { get; }

    protected virtual bool RunsAtStart => true;

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        if (!RunsAtStart && !await timer.WaitForNextTickAsync(stoppingToken))
        {
            return;
        }
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                Logger.LogWarning(ex, "{Work} failed; trying again in {Interval}", Work, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
