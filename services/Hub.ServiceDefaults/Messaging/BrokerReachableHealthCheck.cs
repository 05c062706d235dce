using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Hub.ServiceDefaults.Messaging;

/// <summary>
/// Ready only while a broker node accepts connections. MassTransit's own bus check stays healthy
/// on a bus without consumer endpoints (the gateway's) when the broker goes away.
/// </summary>
internal sealed class BrokerReachableHealthCheck(IOptions<RabbitMqOptions> options) : IHealthCheck
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var rabbit = options.Value;
        var nodes = rabbit.ClusterNodes.Length > 0 ? rabbit.ClusterNodes : [$"{rabbit.Host}:{rabbit.Port}"];
        foreach (var node in nodes)
        {
            var (host, port) = Split(node, rabbit.Port);
            try
            {
                using var client = new TcpClient();
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(ConnectTimeout);
                await client.ConnectAsync(host, port, timeout.Token);
                return HealthCheckResult.Healthy($"Broker {host}:{port} reachable");
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // try the next node
            }
        }
        return HealthCheckResult.Unhealthy("No broker node reachable");
    }

    private static (string Host, int Port) Split(string node, int defaultPort)
    {
        var colon = node.LastIndexOf(':');
        return colon > 0 && int.TryParse(node[(colon + 1)..], out var port) ? (node[..colon], port) : (node, defaultPort);
    }
}
