using Hub.Operations.Options;
using Hub.Operations.Storage;
using Hub.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Failures;

/// <summary>
/// Works off the queued retries (a group, or everything) at most <c>RetriesPerSecond</c> a second, so retrying
/// a thousand failures does not flood a service that only just recovered.
/// </summary>
internal sealed class RetryQueueWorker(IServiceScopeFactory scopes, IOptions<BrokerManagementOptions> options, TimeProvider clock, ILogger<RetryQueueWorker> logger)
    : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(1);
    protected override string Work => "Retrying queued failed messages";
    protected override bool RunsAtStart => false;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OperationsDb>();
        var batch = await db.FailedMessages.Where(f => f.Status == FailedMessageStatus.RetryQueued)
            .OrderBy(f => f.LastFailedAt).Take(Math.Max(1, options.Value.RetriesPerSecond)).ToListAsync(cancellationToken);
        if (batch.Count > 0)
        {
            await scope.ServiceProvider.GetRequiredService<FailedMessageMover>().MoveAsync(batch, "retry-queue", cancellationToken);
        }
    }
}
