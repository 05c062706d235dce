using Hub.Gateway.Commands;

namespace Hub.Gateway.Publishing;

/// <summary>
/// Publishes a partner's command and returns only once the broker confirmed it (publisher confirms), so a 202 always
/// means "stored durably by RabbitMQ". No confirm in time means 503, never 202. The command is recorded first, as
/// pending, so the partner can always read what became of it (<see cref="CommandLog"/>).
/// </summary>
public sealed partial class ConfirmedPublisher(IPublishEndpoint publisher, CommandLog commands, IHttpContextAccessor http, IOptions<GatewayOptions> options, ILogger<ConfirmedPublisher> logger)
{
    /// <summary>Publishes a partner's command and answers 202: its receipt, and in Location where to learn what became of it.</summary>
    /// <param name="receipt">The receipt from the command id and its status (pending).</param>
    public async Task<Accepted<TReceipt>> AcceptAsync<T, TReceipt>(T message, Guid commandId, Func<Guid, string, TReceipt> receipt, CancellationToken cancellationToken)
        where T : class
    {
        await PublishAsync(message, commandId, cancellationToken);
        return TypedResults.Accepted(CommandLog.LocationOf(commandId), receipt(commandId, CommandLog.Pending));
    }

    private async Task PublishAsync<T>(T message, Guid messageId, CancellationToken cancellationToken) where T : class
    {
        await commands.AcceptAsync(messageId, http.HttpContext!.User.PartnerIdOf(), KindOf<T>(), cancellationToken);
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
            await commands.ForgetAsync(messageId, CancellationToken.None);
            throw new BrokerUnavailableException("The message broker did not confirm the message.", ex);
        }
    }

    /// <summary>vacancy-published, proposal-answered, ...: the message type in the words of the API.</summary>
    private static string KindOf<T>() => KebabCase().Replace(typeof(T).Name, "$1-$2").ToLowerInvariant();

    [System.Text.RegularExpressions.GeneratedRegex("([a-z])([A-Z])")]
    private static partial System.Text.RegularExpressions.Regex KebabCase();
}
