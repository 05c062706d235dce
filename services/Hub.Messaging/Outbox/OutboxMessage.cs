namespace Hub.Messaging.Outbox;

/// <summary>A message committed together with the state change that caused it, waiting to be published.</summary>
public sealed class OutboxMessage
{
    /// <summary>Commit order; the relay publishes in this order.</summary>
    public long Sequence { get; set; }
    public Guid MessageId { get; set; }
    public required string MessageType { get; set; }
    public required string Body { get; set; }
    public Guid? ConversationId { get; set; }
    public Guid? CorrelationId { get; set; }
    public Guid? InitiatorId { get; set; }
    /// <summary>W3C traceparent of the activity that wrote the message, so the publish joins its trace.</summary>
    public string? TraceParent { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
}
