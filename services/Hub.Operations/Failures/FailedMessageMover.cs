using Hub.Operations.Storage;
using Hub.ServiceDefaults.Audit;
using RabbitMQ.Client;

namespace Hub.Operations.Failures;

/// <summary>
/// Moves failed messages back to their queues (default exchange, routing key = queue) with their original headers
/// and body, each confirmed by the broker before it is marked retried; records the retry in the audit trail.
/// </summary>
public sealed class FailedMessageMover(BrokerConnection broker, OperationsDb db, TimeProvider clock, ILogger<FailedMessageMover> logger)
{
    public async Task<int> MoveAsync(IReadOnlyList<FailedMessage> messages, string operatorName, CancellationToken cancellationToken)
    {
        await using var channel = await broker.OpenChannelAsync(cancellationToken);
        var moved = 0;
        foreach (var message in messages)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var properties = new BasicProperties
            {
                MessageId = message.MessageId.ToString(),
                ContentType = message.ContentType,
                Persistent = true,
                Headers = ErrorQueueMessage.RetryHeaders(message, now),
            };
            // With confirmation tracking the call returns once the broker confirmed (and throws if it refused).
            await channel.BasicPublishAsync(exchange: "", routingKey: message.Queue, mandatory: true, basicProperties: properties, body: message.Body,
                cancellationToken: cancellationToken);
            message.Status = FailedMessageStatus.Retried;
            message.RetriedAt = now;
            db.AuditRecords.Add(new AuditRecord
            {
                MessageId = message.MessageId,
                MessageType = message.MessageType,
                Stage = AuditStages.Retried,
                Service = "Hub.Operations",
                Endpoint = message.Queue,
                Consumer = operatorName,
                ConversationId = message.ConversationId,
                OccurredAt = now,
                AreaId = message.ConversationId is { } c ? db.ConversationAreas.Where(a => a.ConversationId == c).Select(a => a.AreaId).FirstOrDefault() : null,
            });
            await db.SaveChangesAsync(cancellationToken);
            moved++;
            logger.LogInformation("Failed message {MessageId} moved back to {Queue} by {Operator}", message.MessageId, message.Queue, operatorName);
        }
        return moved;
    }
}
