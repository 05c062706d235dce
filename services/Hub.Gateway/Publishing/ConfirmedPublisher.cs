using MassTransit;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Publishing;

/// <summary>
/// Publishes and returns only once the broker confirmed the message (publisher confirms), so a
/// 202 always means "stored durably by RabbitMQ". No confirm in time means 503, never 202.
/// </summary>
public sealed class ConfirmedPublisher(IPublishEndpoint publisher, IOptions<GatewayOptions> options, ILogger<ConfirmedPublisher> logger)
{
    public async Task PublishAsync<T>(T message, Guid messageId, CancellationToken cancellationToken) where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        try
        {
            await publisher.Publish(message, context =>
            {
                context.MessageId = messageId;
                context.Durable = true;
            }, timeout.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Publishing {MessageType} {MessageId} was not confirmed", typeof(T).Name, messageId);
            throw new BrokerUnavailableException("The message broker did not confirm the message.", ex);
        }
    }
}
