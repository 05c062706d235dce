using Hub.Operations.Storage;
using Hub.ServiceDefaults.Audit;

namespace Hub.Operations.Endpoints;

/// <summary>
/// One message's timeline. Processing time: the longest successful handling by a consumer. Critical time: from the
/// send to the last successful processing (queueing, retries and processing together), what the sender waited.
/// </summary>
public sealed record MessageTimeline(Guid MessageId, string MessageType, Guid? ConversationId, string? TraceId, string Outcome,
    double? ProcessingMilliseconds, double? CriticalMilliseconds, IReadOnlyList<AuditRecordView> Entries)
{
    public static MessageTimeline Of(Guid messageId, IReadOnlyList<AuditRecord> records)
    {
        var processed = records.Where(r => r.Stage == AuditStages.Processed).ToList();
        var last = records.LastOrDefault(r => r.Stage is AuditStages.Processed or AuditStages.Faulted or AuditStages.Retried);
        var outcome = last?.Stage switch
        {
            AuditStages.Processed => "processed",
            AuditStages.Faulted => "failed",
            AuditStages.Retried => "retried",
            _ => records.Any(r => r.Stage == AuditStages.Sent) ? "sent" : "received",
        };
        var sentAt = records.Where(r => r.Stage == AuditStages.Sent).Select(r => (DateTime?)r.OccurredAt).FirstOrDefault()
            ?? records.Select(r => r.SentAt).FirstOrDefault(s => s is not null);
        double? critical = sentAt is { } sent && processed.Count > 0 ? Math.Max(0, (processed[^1].OccurredAt - sent).TotalMilliseconds) : null;
        return new MessageTimeline(messageId, records[0].MessageType, records.Select(r => r.ConversationId).FirstOrDefault(c => c is not null),
            records.Select(r => r.TraceId).FirstOrDefault(t => t is not null), outcome,
            processed.Count == 0 ? null : processed.Max(r => r.ProcessingMilliseconds), critical,
            records.Select(AuditRecordView.Of).ToList());
    }
}
