namespace Hub.Operations.Storage;

/// <summary>A message taken from an <c>_error</c> queue, kept (body and headers) until it is retried or archived.</summary>
public sealed class FailedMessage
{
    public Guid Id { get; set; }
    public Guid MessageId { get; set; }
    public required string MessageType { get; set; }
    /// <summary>The consumer's queue the message goes back to on retry.</summary>
    public required string Queue { get; set; }
    public required string ExceptionType { get; set; }
    public string? ExceptionMessage { get; set; }
    public string? StackTrace { get; set; }
    public string? ConsumerType { get; set; }
    public Guid? ConversationId { get; set; }
    public DateTime FailedAt { get; set; }
    public DateTime LastFailedAt { get; set; }
    public int FailureCount { get; set; }
    public FailedMessageStatus Status { get; set; }
    public DateTime? RetriedAt { get; set; }
    /// <summary>AMQP headers as JSON (string values), restored on retry.</summary>
    public required string Headers { get; set; }
    public string? ContentType { get; set; }
    public required byte[] Body { get; set; }
}
