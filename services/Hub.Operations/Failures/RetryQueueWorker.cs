using Hub.Operations.Options;
using Hub.Operations.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Failures;

/// <summary>
/// Works off the queued retries (a group, or everything) at most <c>RetriesPerSecond</c> a second, so retrying
/// a thousand failures does not flood a service that only just recovered.
/// </summary>
internal sealed class RetryQueueWorker(IServiceScopeFactory scopes, IOptions<BrokerManagementOptions> options, ILogger<RetryQueueWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OperationsDb>();
                var batch = await db.FailedMessages.Where(f => f.Status == FailedMessageStatus.RetryQueued)
                    .OrderBy(f => f.LastFailedAt).Take(Math.Max(1, options.Value.RetriesPerSecond)).ToListAsync(stoppingToken);
                if (batch.Count > 0)
                {
                    await scope.ServiceProvider.GetRequiredService<FailedMessageMover>().MoveAsync(batch, "retry-queue", stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Retrying queued failed messages failed; trying again");
            }
        }
    }
}
