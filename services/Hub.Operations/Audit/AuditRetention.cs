using Hub.Operations.Options;
using Hub.Operations.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Audit;

/// <summary>Deletes audit records older than <c>AuditRetention</c> (with their keys and the areas learnt from them), and resolved failed messages as old.</summary>
internal sealed class AuditRetention(IServiceScopeFactory scopes, IOptions<OperationsOptions> options, TimeProvider clock, ILogger<AuditRetention> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Purging old audit records failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.AuditRetention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OperationsDb>();
        var records = await db.AuditRecords.Where(r => r.OccurredAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var keys = await db.BusinessKeys.Where(k => !db.AuditRecords.Any(r => r.MessageId == k.MessageId)).ExecuteDeleteAsync(cancellationToken);
        var conversations = await db.ConversationAreas.Where(c => !db.AuditRecords.Any(r => r.ConversationId == c.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        // An entity's area stays while any message about it does.
        keys += await db.KeyAreas.Where(a => !db.BusinessKeys.Any(k => k.Value == a.Value)).ExecuteDeleteAsync(cancellationToken);
        var failed = await db.FailedMessages.Where(f => f.LastFailedAt < cutoff && f.Status != FailedMessageStatus.Unresolved).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Audit retention: {Records} records, {Keys} keys, {Conversations} conversations, {Failed} resolved failed messages purged",
            records, keys, conversations, failed);
    }
}
