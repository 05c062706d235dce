using System.Text.Json;
using Hub.Operations.Audit;
using Hub.Operations.Storage;

namespace Hub.Operations.Endpoints;

/// <summary>An audit record as the console's JSON API returns it; <see cref="Cursor"/> asks for the records after it (paging).</summary>
public sealed record AuditRecordView(string Cursor, long Id, Guid MessageId, string MessageType, string Stage, string Service, string? Endpoint, string? Consumer,
    Guid? ConversationId, Guid? CorrelationId, Guid? InitiatorId, string? TraceId, DateTime OccurredAt, DateTime? SentAt, double? ProcessingMilliseconds,
    double? CriticalMilliseconds, string? ExceptionType, string? ExceptionMessage, int? RetryAttempt, IReadOnlyDictionary<string, string> Facts, string? AreaId)
{
    public static AuditRecordView Of(AuditRecord r) => new(AuditCursor.Of(r).ToString(), r.Id, r.MessageId, r.MessageType, r.Stage, r.Service, r.Endpoint, r.Consumer, r.ConversationId,
        r.CorrelationId, r.InitiatorId, r.TraceId, r.OccurredAt, r.SentAt, r.ProcessingMilliseconds, r.CriticalMilliseconds, r.ExceptionType, r.ExceptionMessage,
        r.RetryAttempt, r.Facts is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(r.Facts) ?? [], r.AreaId);
}
