using Refit;

namespace Hub.Operations.Clients;

/// <summary>The parts of RabbitMQ's management HTTP API the console reads.</summary>
public interface IRabbitMqManagementApi
{
    [Get("/api/queues/{vhost}?columns=name,messages,messages_ready,messages_unacknowledged,consumers,message_stats")]
    Task<List<BrokerQueue>> GetQueuesAsync(string vhost, CancellationToken cancellationToken);
}
