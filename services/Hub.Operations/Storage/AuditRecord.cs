namespace Hub.Operations.Storage;

/// <summary>One audit entry as stored: what happened to one message in one service, with its timings and business facts.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public Guid MessageId { get; set; }
    public required string MessageType { get; set; }
    public required string Stage { get; set; }
    public required string Service { get; set; }
    public string? Endpoint { get; set; }
    public string? Consumer { get; set; }
    public Guid? ConversationId { get; set; }
    public Guid? CorrelationId { get; set; }
    public Guid? InitiatorId { get; set; }
    public string? TraceId { get; set; }
    public DateTime OccurredAt { get; set; }
    public DateTime? SentAt { get; set; }
    public double? ProcessingMilliseconds { get; set; }
    /// <summary>From the sender's send to this entry: how long the message took end to end.</summary>
    public double? CriticalMilliseconds { get; set; }
    public string? ExceptionType { get; set; }
    public string? ExceptionMessage { get; set; }
    public int? RetryAttempt { get; set; }
    /// <summary>The business facts as JSON (VacancyId, Category, ...).</summary>
    public string? Facts { get; set; }
    /// <summary>The focus area, from the message or from its conversation; scopes what a municipality's operators see.</summary>
    public string? AreaId { get; set; }
}
