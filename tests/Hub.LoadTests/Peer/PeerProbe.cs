using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Hub.LoadTests.Scenarios;
using Hub.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Hub.LoadTests.Peer;

/// <summary>
/// A raw RabbitMQ.Client consumer on the queue the peer binds to its matching events exchange: notes when each vacancy's
/// VacancyRegistered and first ProposalMade arrive. Both are sent by the outbox only after the handler's transaction
/// committed. Wolverine sends the message itself as the JSON body; a ProposalMade is the one with a proposal id.
/// </summary>
internal sealed class PeerProbe : IIntakeProbe, IAsyncDisposable
{
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private PeerProbe(IConnection connection, IChannel channel) => (_connection, _channel) = (connection, channel);

    public ConcurrentDictionary<Guid, long> Registered { get; } = new();
    public ConcurrentDictionary<Guid, long> FirstProposal { get; } = new();

    public static async Task<PeerProbe> StartAsync(RabbitMqNode broker, string virtualHost, string queue)
    {
        var factory = new ConnectionFactory { HostName = broker.Host, Port = broker.Port, VirtualHost = virtualHost, UserName = broker.User, Password = broker.Password };
        var connection = await factory.CreateConnectionAsync("peer-load-probe");
        var channel = await connection.CreateChannelAsync();
        await channel.BasicQosAsync(0, 64, global: false);
        var probe = new PeerProbe(connection, channel);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            var at = Stopwatch.GetTimestamp();
            probe.Note(delivery.Body, at);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer);
        return probe;
    }

    private void Note(ReadOnlyMemory<byte> body, long at)
    {
        using var json = JsonDocument.Parse(body);
        Guid? vacancyId = null;
        var isProposal = false;
        foreach (var property in json.RootElement.EnumerateObject())
        {
            if (property.NameEquals("vacancyId") || property.NameEquals("VacancyId"))
            {
                vacancyId = property.Value.GetGuid();
            }
            isProposal |= property.NameEquals("proposalId") || property.NameEquals("ProposalId");
        }
        if (vacancyId is { } id)
        {
            (isProposal ? FirstProposal : Registered).TryAdd(id, at);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.CloseAsync();
        await _connection.CloseAsync();
        _channel.Dispose();
        _connection.Dispose();
    }
}
