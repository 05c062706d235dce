using Hub.Operations.Options;
using Hub.Operations.Storage;
using Hub.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Audit;

/// <summary>Deletes audit records older than <c>AuditRetention</c> (with their keys and the areas learnt from them), and resolved failed messages as old.</summary>
internal sealed class AuditRetention(IServiceScopeFactory scopes, IOptions<OperationsOptions> options, TimeProvider clock, ILogger<AuditRetention> logger)
    : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => options.Value.PurgeInterval;
    protected override string Work => "Purging old audit records";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => PurgeAsync(cancellationToken);

    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = Clock.GetUtcNow().UtcDateTime - options.Value.AuditRetention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OperationsDb>();
        var records = await db.AuditRecords.Where(r => r.OccurredAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var keys = await db.BusinessKeys.Where(k => !db.AuditRecords.Any(r => r.MessageId == k.MessageId)).ExecuteDeleteAsync(cancellationToken);
        var conversations = await db.ConversationAreas.Where(c => !db.AuditRecords.Any(r => r.ConversationId == c.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        // An entity's area stays while any message about it does.
        keys += await db.KeyAreas.Where(a => !db.BusinessKeys.Any(k => k.Value == a.Value)).ExecuteDeleteAsync(cancellationToken);
        var failed = await db.FailedMessages.Where(f => f.LastFailedAt < cutoff && f.Status != FailedMessageStatus.Unresolved).ExecuteDeleteAsync(cancellationToken);
        Logger.LogInformation("Audit retention: {Records} records, {Keys} keys, {Conversations} conversations, {Failed} resolved failed messages purged",
            records, keys, conversations, failed);
    }
}
