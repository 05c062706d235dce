using System.Security.Cryptography;
using System.Text;
using Hub.Operations.Access;
using Hub.Operations.Storage;
using Hub.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Operations.Failures;

/// <summary>The failed-message store as the console sees it: groups, details, retry and archive, within the operator's scope.</summary>
public sealed class FailedMessages(OperationsDb db, FailedMessageMover mover)
{
    public async Task<IReadOnlyList<FailureGroupView>> GroupsAsync(OperatorScope scope, DateTime? from, DateTime? to, CancellationToken cancellationToken)
    {
        var open = await Scoped(scope).Where(f => f.Status == FailedMessageStatus.Unresolved || f.Status == FailedMessageStatus.RetryQueued)
            .Where(f => from == null || f.LastFailedAt >= from).Where(f => to == null || f.LastFailedAt < to)
            .Select(f => new { f.ExceptionType, f.ConsumerType, f.Queue, f.MessageType, f.FailedAt, f.LastFailedAt, f.ExceptionMessage })
            .ToListAsync(cancellationToken);
        return open.GroupBy(f => (f.ExceptionType, f.ConsumerType))
            .Select(g => new FailureGroupView(GroupId(g.Key.ExceptionType, g.Key.ConsumerType), g.Key.ExceptionType, g.Key.ConsumerType, g.First().Queue,
                g.First().MessageType, g.Count(), g.Min(f => f.FailedAt), g.Max(f => f.LastFailedAt), g.OrderByDescending(f => f.LastFailedAt).First().ExceptionMessage))
            .OrderByDescending(g => g.LastSeen)
            .ToList();
    }

    /// <summary>The messages of one group (or all, when <paramref name="groupId"/> is null), newest first, with their retried outcome.</summary>
    public async Task<IReadOnlyList<FailedMessageView>> ListAsync(OperatorScope scope, string? groupId, bool includeResolved, CancellationToken cancellationToken)
    {
        var query = Scoped(scope);
        if (!includeResolved)
        {
            query = query.Where(f => f.Status != FailedMessageStatus.Archived);
        }
        var messages = await query.OrderByDescending(f => f.LastFailedAt).Take(1000).ToListAsync(cancellationToken);
        var selected = messages.Where(m => groupId is null || GroupId(m.ExceptionType, m.ConsumerType) == groupId).ToList();
        var retriedIds = selected.Where(m => m.RetriedAt is not null).Select(m => m.MessageId).ToList();
        var after = await db.AuditRecords.AsNoTracking()
            .Where(r => retriedIds.Contains(r.MessageId) && (r.Stage == AuditStages.Processed || r.Stage == AuditStages.Faulted))
            .Select(r => new { r.MessageId, r.Stage, r.OccurredAt })
            .ToListAsync(cancellationToken);
        return selected.Select(m =>
        {
            var outcome = m.RetriedAt is { } retriedAt
                ? after.Where(r => r.MessageId == m.MessageId && r.OccurredAt >= retriedAt).OrderByDescending(r => r.OccurredAt).FirstOrDefault()?.Stage switch
                {
                    AuditStages.Processed => "succeeded",
                    AuditStages.Faulted => "failed again",
                    _ => "pending",
                }
                : null;
            return new FailedMessageView(m.Id, m.MessageId, m.MessageType, m.Queue, m.ExceptionType, m.ExceptionMessage, m.StackTrace, m.ConsumerType,
                m.ConversationId, m.FailedAt, m.LastFailedAt, m.FailureCount, m.Status.ToString(), m.RetriedAt, outcome, GroupId(m.ExceptionType, m.ConsumerType));
        }).ToList();
    }

    /// <summary>Retries one message now.</summary>
    public async Task<bool> RetryOneAsync(Guid id, OperatorScope scope, string operatorName, CancellationToken cancellationToken)
    {
        var message = await Scoped(scope).AsTracking().FirstOrDefaultAsync(f => f.Id == id && f.Status != FailedMessageStatus.Archived, cancellationToken);
        if (message is null)
        {
            return false;
        }
        await mover.MoveAsync([message], operatorName, cancellationToken);
        return true;
    }

    /// <summary>Queues a group (or everything) for the rate-limited retry; returns how many.</summary>
    public Task<int> QueueRetryAsync(OperatorScope scope, string? groupId, CancellationToken cancellationToken) =>
        SetStatusAsync(scope, groupId, FailedMessageStatus.Unresolved, FailedMessageStatus.RetryQueued, cancellationToken);

    public async Task<bool> ArchiveOneAsync(Guid id, OperatorScope scope, CancellationToken cancellationToken) =>
        await Scoped(scope).Where(f => f.Id == id && f.Status == FailedMessageStatus.Unresolved)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, FailedMessageStatus.Archived), cancellationToken) > 0;

    public Task<int> ArchiveGroupAsync(OperatorScope scope, string groupId, CancellationToken cancellationToken) =>
        SetStatusAsync(scope, groupId, FailedMessageStatus.Unresolved, FailedMessageStatus.Archived, cancellationToken);

    private async Task<int> SetStatusAsync(OperatorScope scope, string? groupId, FailedMessageStatus from, FailedMessageStatus to, CancellationToken cancellationToken)
    {
        var candidates = await Scoped(scope).AsTracking().Where(f => f.Status == from).ToListAsync(cancellationToken);
        var chosen = candidates.Where(m => groupId is null || GroupId(m.ExceptionType, m.ConsumerType) == groupId).ToList();
        chosen.ForEach(m => m.Status = to);
        await db.SaveChangesAsync(cancellationToken);
        return chosen.Count;
    }

    private IQueryable<FailedMessage> Scoped(OperatorScope scope)
    {
        var failed = db.FailedMessages.AsNoTracking();
        if (scope.Areas is { } areas)
        {
            failed = failed.Where(f => db.ConversationAreas.Any(a => a.ConversationId == f.ConversationId && areas.Contains(a.AreaId)));
        }
        return failed;
    }

    public static string GroupId(string exceptionType, string? consumer) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{exceptionType}|{consumer}")))[..16];
}
