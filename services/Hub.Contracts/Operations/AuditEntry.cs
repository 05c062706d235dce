namespace Hub.Contracts.Operations;

/// <summary>
/// One thing that happened to one message in one service: sent, received, processed, faulted or retried.
/// Envelope ids, timings and business facts (ids such as VacancyId or SignalId, category, basis, organisation
/// ids, the PC4 of a postcode); never payload fields marked <see cref="PersonalAttribute"/> and never a BSN.
/// </summary>
public record AuditEntry
{
    public required Guid MessageId { get; init; }
    /// <summary>Full type name, e.g. Hub.Contracts.Matching.VacancyPublished.</summary>
    public required string MessageType { get; init; }
    /// <summary>sent, received, processed, faulted or retried.</summary>
    public required string Stage { get; init; }
    public Guid? ConversationId { get; init; }
    public Guid? CorrelationId { get; init; }
    public Guid? InitiatorId { get; init; }
    /// <summary>W3C trace id, so the console can link to the trace in Jaeger.</summary>
    public string? TraceId { get; init; }
    /// <summary>The queue or exchange the message went to or came from.</summary>
    public string? Endpoint { get; init; }
    /// <summary>The consumer type for received, processed, faulted and retried entries.</summary>
    public string? Consumer { get; init; }
    public required DateTime OccurredAt { get; init; }
    /// <summary>When the sender sent the message; with <see cref="OccurredAt"/> gives the critical time.</summary>
    public DateTime? SentAt { get; init; }
    public double? ProcessingMilliseconds { get; init; }
    public string? ExceptionType { get; init; }
    /// <summary>The exception message, cut short and cleaned of anything shaped like a BSN.</summary>
    public string? ExceptionMessage { get; init; }
    public int? RetryAttempt { get; init; }
    /// <summary>Business facts by property name (VacancyId, SignalId, Category, AreaId, Pc4, ...).</summary>
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();
}
