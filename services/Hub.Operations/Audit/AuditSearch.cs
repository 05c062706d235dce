using Hub.Contracts;
using Hub.Operations.Access;
using Hub.Operations.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Operations.Audit;

/// <summary>Reads the audit trail for the console, always within the operator's scope.</summary>
public sealed class AuditSearch(OperationsDb db)
{
    public const int MaxLimit = 500;

    /// <summary>The full names of the requests for data and their answers, as the audit trail stores message types.</summary>
    public static readonly string[] ReadTypes = [.. typeof(ReadAttribute).Assembly.GetTypes()
        .Where(t => t.GetCustomAttributes(typeof(ReadAttribute), inherit: false).Length > 0)
        .Select(t => t.FullName!)
        .Order(StringComparer.Ordinal)];

    public Task<List<AuditRecord>> FindAsync(AuditQuery query, OperatorScope scope, CancellationToken cancellationToken)
    {
        var records = Scoped(scope);
        if (!string.IsNullOrWhiteSpace(query.BusinessId))
        {
            var value = query.BusinessId.Trim();
            var messageIds = db.BusinessKeys.Where(k => k.Value == value).Select(k => k.MessageId);
            records = Guid.TryParse(value, out var id)
                ? records.Where(r => messageIds.Contains(r.MessageId) || r.MessageId == id || r.ConversationId == id)
                : records.Where(r => messageIds.Contains(r.MessageId));
        }
        if (!string.IsNullOrWhiteSpace(query.MessageType))
        {
            // A short name ("VacancyPublished") is enough; types are stored by full name.
            var type = query.MessageType.Trim();
            records = type.Contains('.', StringComparison.Ordinal) ? records.Where(r => r.MessageType == type) : records.Where(r => r.MessageType.EndsWith("." + type));
        }
        if (!string.IsNullOrWhiteSpace(query.Service))
        {
            records = records.Where(r => r.Service == query.Service);
        }
        if (!string.IsNullOrWhiteSpace(query.Stage))
        {
            records = records.Where(r => r.Stage == query.Stage);
        }
        if (query.From is { } from)
        {
            records = records.Where(r => r.OccurredAt >= from);
        }
        if (query.To is { } to)
        {
            records = records.Where(r => r.OccurredAt < to);
        }
        // Asking for a message type by name is asking for it, read or not.
        if (!query.IncludeReads && string.IsNullOrWhiteSpace(query.MessageType))
        {
            records = records.Where(r => !ReadTypes.Contains(r.MessageType));
        }
        if (query.Before is { } before)
        {
            // Keyset paging in the order of the results: older, or as old with a smaller id.
            records = records.Where(r => r.OccurredAt < before.OccurredAt || (r.OccurredAt == before.OccurredAt && r.Id < before.Id));
        }
        return records.OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Id)
            .Take(Math.Clamp(query.Limit, 1, MaxLimit))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Everything recorded about one message, in order: its timeline.</summary>
    public Task<List<AuditRecord>> MessageAsync(Guid messageId, OperatorScope scope, CancellationToken cancellationToken) =>
        Scoped(scope).Where(r => r.MessageId == messageId).OrderBy(r => r.OccurredAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>Every record of one conversation, in order: the flow diagram and the waterfall.</summary>
    public Task<List<AuditRecord>> ConversationAsync(Guid conversationId, OperatorScope scope, CancellationToken cancellationToken) =>
        Scoped(scope).Where(r => r.ConversationId == conversationId).OrderBy(r => r.OccurredAt).ThenBy(r => r.Id).Take(5000).ToListAsync(cancellationToken);

    /// <summary>How many messages a fact's timeline holds at most; a busier fact shows its first ones and says so.</summary>
    public const int MaxTimelineMessages = 500;

    /// <summary>
    /// Every business message about one fact (a vacancy, proposal, signal, delivery ...), whatever conversation each was in,
    /// oldest first: the messages that carry its id, the messages they caused, and then the same for the entities those
    /// messages brought in (a vacancy's proposals, and with them their answers, placements and delivery failures).
    /// </summary>
    public async Task<(List<AuditRecord> Records, bool Truncated)> TimelineAsync(string key, OperatorScope scope, CancellationToken cancellationToken)
    {
        var messages = new HashSet<Guid>();
        var seenKeys = new HashSet<string>(StringComparer.Ordinal) { key };
        List<string> frontier = [key];
        // A message id is a fact too: a command's own id, which its decision names.
        List<Guid> named = Guid.TryParse(key, out var id) ? [id] : [];
        var truncated = false;
        for (var round = 0; round < 2 && frontier.Count > 0 && messages.Count < MaxTimelineMessages; round++)
        {
            var carrying = await Business(scope)
                .Where(r => db.BusinessKeys.Any(k => k.MessageId == r.MessageId && frontier.Contains(k.Value)) || named.Contains(r.MessageId))
                .Select(r => r.MessageId).Distinct().Take(MaxTimelineMessages).ToListAsync(cancellationToken);
            named = [];
            var found = carrying.Where(messages.Add).ToList();
            // What those messages caused, in their conversations: a signal's deliveries, a command's decision.
            var caused = await Business(scope).Where(r => r.InitiatorId != null && found.Contains(r.InitiatorId.Value))
                .Select(r => r.MessageId).Distinct().Take(MaxTimelineMessages).ToListAsync(cancellationToken);
            found.AddRange(caused.Where(messages.Add));
            truncated |= carrying.Count == MaxTimelineMessages || caused.Count == MaxTimelineMessages;
            var keys = await db.BusinessKeys.AsNoTracking().Where(k => found.Contains(k.MessageId)).Select(k => k.Value).Distinct().ToListAsync(cancellationToken);
            frontier = [.. keys.Where(k => Guid.TryParse(k, out _) && seenKeys.Add(k))];
        }
        var ids = messages.Take(MaxTimelineMessages).ToList();
        var records = await Scoped(scope).Where(r => ids.Contains(r.MessageId)).OrderBy(r => r.OccurredAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return (records, truncated || messages.Count > MaxTimelineMessages);
    }

    /// <summary>The area of each entity id the audit trail knows one for (a delivery's, a proposal's ...).</summary>
    public async Task<Dictionary<string, string>> AreasOfAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.Distinct(StringComparer.Ordinal).ToList();
        return wanted.Count == 0 ? [] : await db.KeyAreas.AsNoTracking().Where(k => wanted.Contains(k.Value)).ToDictionaryAsync(k => k.Value, k => k.AreaId, StringComparer.Ordinal, cancellationToken);
    }

    private IQueryable<AuditRecord> Business(OperatorScope scope) => Scoped(scope).Where(r => !ReadTypes.Contains(r.MessageType));

    private IQueryable<AuditRecord> Scoped(OperatorScope scope)
    {
        var records = db.AuditRecords.AsNoTracking();
        if (scope.Areas is { } areas)
        {
            records = records.Where(r => r.AreaId != null && areas.Contains(r.AreaId));
        }
        return records;
    }
}
