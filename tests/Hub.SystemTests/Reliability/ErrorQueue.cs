using System.Text;
using Hub.Testing;
using RabbitMQ.Client;

namespace Hub.SystemTests.Reliability;

/// <summary>
/// A consumer queue's <c>_error</c> queue at broker level: what an operator sees (MassTransit's fault headers) and
/// the retry an operator does once the cause is fixed: move the messages back to the queue they came from.
/// </summary>
internal sealed class ErrorQueue(RabbitMqNode broker, string virtualHost, string queue)
{
    public string Name => queue + "_error";

    /// <summary>The fault headers of every message in the error queue; the messages stay where they are.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> PeekAsync()
    {
        await using var connection = await VirtualHostConnection.OpenAsync(broker, virtualHost);
        await using var channel = await connection.CreateChannelAsync();
        var seen = new List<IReadOnlyDictionary<string, string>>();
        // Unacked gets are returned to the queue when the channel closes.
        while (await channel.BasicGetAsync(Name, autoAck: false) is { } message)
        {
            seen.Add((message.BasicProperties.Headers ?? new Dictionary<string, object?>())
                .ToDictionary(h => h.Key, h => h.Value switch { byte[] text => Encoding.UTF8.GetString(text), var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "" }));
        }
        return seen;
    }

    /// <summary>
    /// Moves the messages in the error queue back to their queue (same body, id and headers), each confirmed by the broker
    /// before it leaves the error queue. Only those there now: one that fails again must not be moved round and round.
    /// </summary>
    public async Task<int> MoveBackAsync()
    {
        await using var connection = await VirtualHostConnection.OpenAsync(broker, virtualHost);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var waiting = (await channel.QueueDeclarePassiveAsync(Name)).MessageCount;
        var moved = 0;
        while (moved < waiting && await channel.BasicGetAsync(Name, autoAck: false) is { } message)
        {
            await channel.BasicPublishAsync("", queue, mandatory: true, new BasicProperties(message.BasicProperties), message.Body);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false);
            moved++;
        }
        return moved;
    }
}
