using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Hub.Testing;
using RabbitMQ.Client;

namespace Hub.LoadTests.Scenarios;

/// <summary>Waits until every queue of a vhost is empty, so one phase's backlog does not slow down the next.</summary>
internal static class QueueDrain
{
    public static async Task WaitAsync(RabbitMqNode broker, string virtualHost, TimeSpan timeout)
    {
        // Names from the management API (its counts lag by seconds); counts from passive declares, which are current.
        using var http = new HttpClient(new HttpClientHandler { Credentials = new System.Net.NetworkCredential(broker.User, broker.Password) });
        var queues = await http.GetFromJsonAsync<List<QueueName>>(new Uri(broker.ManagementUri!, $"api/queues/{Uri.EscapeDataString(virtualHost)}?columns=name")) ?? [];
        var factory = new ConnectionFactory { HostName = broker.Host, Port = broker.Port, VirtualHost = virtualHost, UserName = broker.User, Password = broker.Password };
        await using var connection = await factory.CreateConnectionAsync("load-drain");
        var deadline = DateTime.UtcNow + timeout;
        var emptyInARow = 0;
        while (emptyInARow < 3 && DateTime.UtcNow < deadline)
        {
            var waiting = 0u;
            foreach (var queue in queues.Where(q => !q.Name.EndsWith("_error", StringComparison.Ordinal) && !q.Name.Contains("_bus_", StringComparison.Ordinal)))
            {
                await using var channel = await connection.CreateChannelAsync();
                waiting += (await channel.QueueDeclarePassiveAsync(queue.Name)).MessageCount;
            }
            emptyInARow = waiting == 0 ? emptyInARow + 1 : 0;
            await Task.Delay(300);
        }
    }

    public static async Task PurgeAsync(RabbitMqNode broker, string virtualHost, string queue)
    {
        var factory = new ConnectionFactory { HostName = broker.Host, Port = broker.Port, VirtualHost = virtualHost, UserName = broker.User, Password = broker.Password };
        await using var connection = await factory.CreateConnectionAsync("load-purge");
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueuePurgeAsync(queue);
    }

    private sealed record QueueName([property: JsonPropertyName("name")] string Name);
}
