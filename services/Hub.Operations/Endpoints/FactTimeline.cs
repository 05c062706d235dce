using Hub.Operations.Storage;

namespace Hub.Operations.Endpoints;

/// <summary>
/// The business story of one fact (a vacancy, proposal, signal, delivery ...), one event per message in the order they
/// happened, whatever conversation each was in. <see cref="Truncated"/>: the fact has more messages than one page shows.
/// </summary>
public sealed record FactTimeline(string Fact, bool Truncated, IReadOnlyList<FactEvent> Events)
{
    public static FactTimeline Of(string fact, IReadOnlyList<AuditRecord> records, bool truncated) => new(fact, truncated,
        [.. records.GroupBy(r => r.MessageId).Select(message => FactEvent.Of([.. message])).OrderBy(e => e.At)]);
}

/// <summary>One message of a fact's timeline: when it was first seen, by which services, and what became of it.</summary>
public sealed record FactEvent(Guid MessageId, string MessageType, DateTime At, string Outcome, IReadOnlyList<string> Services, Guid? ConversationId,
    string? AreaId, IReadOnlyDictionary<string, string> Facts)
{
    public static FactEvent Of(IReadOnlyList<AuditRecord> records)
    {
        var timeline = MessageTimeline.Of(records[0].MessageId, records);
        return new FactEvent(timeline.MessageId, timeline.MessageType, records[0].OccurredAt, timeline.Outcome, [.. records.Select(r => r.Service).Distinct()],
            timeline.ConversationId, records.Select(r => r.AreaId).FirstOrDefault(a => a is not null),
            timeline.Entries.Select(e => e.Facts).FirstOrDefault(f => f.Count > 0) ?? new Dictionary<string, string>());
    }
}
