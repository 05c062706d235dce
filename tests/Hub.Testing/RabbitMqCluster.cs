using System.Diagnostics;
using System.Text.Json;

namespace Hub.Testing;

/// <summary>
/// Three throw-away local RabbitMQ nodes joined into one cluster, for tests that lose a node.
/// Quorum queues declared after <see cref="StartAsync"/> returns get a replica on every node.
/// </summary>
public sealed class RabbitMqCluster : IAsyncDisposable
{
    public const int Size = 3;
    private static readonly TimeSpan FormTimeout = TimeSpan.FromSeconds(90);

    private RabbitMqCluster(IReadOnlyList<RabbitMqNode> nodes) => Nodes = nodes;

    public IReadOnlyList<RabbitMqNode> Nodes { get; }

    /// <summary>"127.0.0.1:port" of every node, for <c>RabbitMq:ClusterNodes</c>.</summary>
    public IReadOnlyList<string> ClusterNodes => Nodes.Select(n => $"{n.Host}:{n.Port}").ToList();

    public static Task<RabbitMqCluster> StartAsync(CancellationToken ct = default) => StartAsync(tls: null, ct);

    /// <param name="tls">Every node also listens for AMQP over TLS with these files.</param>
    public static async Task<RabbitMqCluster> StartAsync(ServerTls? tls, CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("HUB_TEST_RABBITMQ")))
        {
            throw new InvalidOperationException(
                "RabbitMqCluster starts its own local nodes; it cannot use the external broker named by HUB_TEST_RABBITMQ. Unset it for cluster tests.");
        }

        var starting = Enumerable.Range(0, Size).Select(_ => RabbitMqNode.StartAsync(tls, ct)).ToList();
        try
        {
            await Task.WhenAll(starting).ConfigureAwait(false);
        }
        catch
        {
            foreach (var task in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await task.Result.DisposeAsync().ConfigureAwait(false);
            }
            throw;
        }

        var cluster = new RabbitMqCluster(starting.Select(t => t.Result).ToList());
        try
        {
            var seed = cluster.Nodes[0];
            foreach (var node in cluster.Nodes.Skip(1))
            {
                await node.StopAppAsync().ConfigureAwait(false);
                await node.RabbitMqCtlAsync("join_cluster", seed.NodeName).ConfigureAwait(false);
                await node.StartAppAsync().ConfigureAwait(false);
            }

            await cluster.WaitForRunningNodesAsync(seed, Size, ct).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Node names that <c>rabbitmqctl cluster_status</c> on <paramref name="asking"/> reports as running.</summary>
    public static async Task<IReadOnlyList<string>> RunningNodesAsync(RabbitMqNode asking)
    {
        var json = await asking.RabbitMqCtlAsync("-q", "cluster_status", "--formatter", "json").ConfigureAwait(false);
        using var status = JsonDocument.Parse(json);
        return status.RootElement.GetProperty("running_nodes").EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    /// <summary>rabbitmqctl stop_app on one node: it drops its connections and leaves the cluster's running set.</summary>
    public Task StopNodeAsync(int index) => Nodes[index].StopAppAsync();

    /// <summary>rabbitmqctl start_app on one node; it rejoins the cluster.</summary>
    public Task StartNodeAsync(int index) => Nodes[index].StartAppAsync();

    /// <summary>For each node, the number of client connections it serves (list_connections on a running node, by server port).</summary>
    public async Task<IReadOnlyList<int>> ConnectionsPerNodeAsync(int askingIndex = 0)
    {
        var lines = await Nodes[askingIndex].RabbitMqCtlAsync("-q", "list_connections", "--no-table-headers", "port").ConfigureAwait(false);
        var ports = lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return Nodes.Select(n => ports.Count(p => p == n.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        // In reverse, so the seed node goes last; each node's own disposal kills it if stop fails.
        foreach (var node in Nodes.Reverse())
        {
            await node.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task WaitForRunningNodesAsync(RabbitMqNode asking, int count, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<string> running = [];
        while ((running = await RunningNodesAsync(asking).ConfigureAwait(false)).Count < count)
        {
            if (clock.Elapsed > FormTimeout)
            {
                throw new TimeoutException(
                    $"The cluster did not form within {FormTimeout.TotalSeconds:0} s: running {string.Join(", ", running)}; "
                    + $"expected {string.Join(", ", Nodes.Select(n => n.NodeName))}.");
            }

            await Task.Delay(500, ct).ConfigureAwait(false);
        }
    }
}
