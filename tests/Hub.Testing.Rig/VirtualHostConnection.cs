using Hub.Testing;
using RabbitMQ.Client;

namespace Hub.Testing.Rig;

/// <summary>An AMQP connection of the test's own to one virtual host of the rig's broker.</summary>
public static class VirtualHostConnection
{
    public static Task<IConnection> OpenAsync(RabbitMqNode broker, string virtualHost) =>
        new ConnectionFactory { Uri = new UriBuilder(broker.AmqpUri) { Path = "/" + Uri.EscapeDataString(virtualHost) }.Uri }.CreateConnectionAsync();
}
