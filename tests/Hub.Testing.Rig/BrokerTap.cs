using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Hub.Testing.Rig;

/// <summary>
/// Every message published in one virtual host, seen through RabbitMQ's firehose (<c>trace_on</c>): a durable
/// queue bound to <c>amq.rabbitmq.trace</c> receives a copy of each publish, whatever exchange the services
/// declare later. Reading drains the queue and keeps what it read, so later readers see the whole run.
/// </summary>
public sealed class BrokerTap
{
    private const string TapQueue = "hub-test-firehose-tap";
    private const string FirehoseExchange = "amq.rabbitmq.trace";

    private readonly Hub.Testing.RabbitMqNode _broker;
    private readonly List<TappedMessage> _seen = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    private BrokerTap(Hub.Testing.RabbitMqNode broker, string virtualHost) => (_broker, VirtualHost) = (broker, virtualHost);

    public string VirtualHost { get; }

    /// <summary>Turns the firehose on for <paramref name="virtualHost"/> and binds the tap queue to it.</summary>
    public static async Task<BrokerTap> StartAsync(Hub.Testing.RabbitMqNode broker, string virtualHost)
    {
        await broker.RabbitMqCtlAsync("trace_on", "-p", virtualHost);
        await using var connection = await VirtualHostConnection.OpenAsync(broker, virtualHost);
        await using var channel = await connection.CreateChannelAsync();
        // Classic: a quorum tap slowed the node's publishing down several times over. The firehose's copies are
        // transient, so a broker restart drops what is still in the tap: read it (ReadAllAsync) before stopping the broker.
        await channel.QueueDeclareAsync(TapQueue, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(TapQueue, FirehoseExchange, "publish.#");
        return new BrokerTap(broker, virtualHost);
    }

    /// <summary>Turns the firehose on again after a broker restart (stop_app/start_app), which may reset it.</summary>
    public Task ResumeAsync() => _broker.RabbitMqCtlAsync("trace_on", "-p", VirtualHost);

    /// <summary>All messages published in the virtual host so far (drained from the tap, plus what earlier reads took).</summary>
    public async Task<IReadOnlyList<TappedMessage>> ReadAllAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await using var connection = await VirtualHostConnection.OpenAsync(_broker, VirtualHost);
            await using var channel = await connection.CreateChannelAsync();
            while (await channel.BasicGetAsync(TapQueue, autoAck: true) is { } delivery)
            {
                _seen.Add(TappedMessage.From(delivery.BasicProperties.Headers, delivery.Body.ToArray()));
            }
            return [.. _seen];
        }
        finally
        {
            _gate.Release();
        }
    }
}

/// <summary>One published message: the exchange it went to and its body (MassTransit's JSON envelope for the Hub's messages).</summary>
public sealed record TappedMessage(string Exchange, string Body)
{
    public static TappedMessage From(IDictionary<string, object?>? headers, byte[] body)
    {
        var exchange = headers is not null && headers.TryGetValue("exchange_name", out var name) && name is byte[] bytes ? Encoding.UTF8.GetString(bytes) : "";
        return new TappedMessage(exchange, Encoding.UTF8.GetString(body));
    }

    /// <summary>A publish of <typeparamref name="T"/> to its own exchange (not a move to an _error queue), parsed from the envelope.</summary>
    public bool IsPublished<T>() => Exchange == $"{typeof(T).Namespace}:{typeof(T).Name}";

    public (Guid MessageId, JsonElement Message) Envelope()
    {
        using var document = JsonDocument.Parse(Body);
        var root = document.RootElement;
        return (root.GetProperty("messageId").GetGuid(), root.GetProperty("message").Clone());
    }
}
