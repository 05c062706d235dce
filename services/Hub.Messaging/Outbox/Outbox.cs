using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Outbox;

/// <summary>
/// Publishes through the service's own database: the message becomes an outbox row that commits
/// (or rolls back) with the caller's state change, and the relay sends it afterwards.
/// </summary>
public sealed class Outbox<TDb>(TDb db, TimeProvider clock) where TDb : DbContext
{
    private ConsumeContext? _cause;

    /// <summary>The message being handled; what is published here joins its conversation.</summary>
    internal void CausedBy(ConsumeContext cause) => _cause = cause;

    public Guid Publish<T>(T message, Guid? messageId = null) where T : class
    {
        var id = messageId ?? NewId.NextGuid();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = id,
            MessageType = MessageTypes.NameOf(typeof(T)),
            Body = JsonSerializer.Serialize(message, MessageTypes.Json),
            ConversationId = _cause?.ConversationId ?? _cause?.MessageId,
            CorrelationId = _cause?.CorrelationId,
            InitiatorId = _cause?.MessageId,
            TraceParent = Activity.Current?.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        return id;
    }
}
