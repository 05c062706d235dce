using System.Collections.Concurrent;
using Hub.Testing;

namespace Hub.Testing.Rig;

/// <summary>
/// One private RabbitMQ node and one PostgreSQL server for all system tests; each test gets its own vhost and databases.
/// The services export telemetry to the rig, and after the last test the rig scans broker messages, logs, telemetry and
/// databases for personal data (<see cref="LeakSweep"/>) and hands the report to <paramref name="leakReport"/> (the system
/// tests' fixture fails the run on a hit). Without it (the load harness) there is no scan.
/// </summary>
public class HubRig(Action<string>? leakReport = null)
{
    private readonly OtlpCollector _telemetry = new();
    private RabbitMqNode? _broker;
    private PostgresServer? _postgres;
    private readonly ConcurrentDictionary<string, BrokerTap> _taps = new();

    public RabbitMqNode Broker => _broker ?? throw new InvalidOperationException("The broker did not start.");
    public PostgresServer Postgres => _postgres ?? throw new InvalidOperationException("PostgreSQL did not start.");

    /// <summary>
    /// Whether new virtual hosts get a firehose tap. The load harness turns it off: the firehose copies every publish
    /// into a queue nobody reads while it runs, which costs the broker as much as the message itself.
    /// </summary>
    public bool TapsVirtualHosts { get; init; } = true;

    public async Task InitializeAsync()
    {
        // Every service process started from here on inherits these and exports to the collector.
        foreach (var (name, value) in _telemetry.ExporterEnvironment)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
        var broker = RabbitMqNode.StartAsync();
        var postgres = PostgresServer.StartAsync();
        _postgres = await postgres;
        _broker = await broker;
    }

    public async Task DisposeAsync()
    {
        LeakReport? leaks = null;
        if (leakReport is not null && _broker is not null && _postgres is not null)
        {
            leaks = await LeakSweep.RunAsync(Taps, _telemetry, _postgres);
            var report = Path.Combine(Path.GetTempPath(), $"hub-leak-scan-{DateTime.UtcNow:yyyyMMdd-HHmmss}.txt");
            await File.WriteAllTextAsync(report, leaks.ToString());
            leakReport($"{leaks} (report: {report})");
        }
        _telemetry.Dispose();
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
        if (leaks is { HitCount: > 0 })
        {
            throw new InvalidOperationException($"Personal data leaked during the system tests: {leaks}");
        }
    }

    /// <summary>A fresh virtual host, so no test sees another test's queues or leftover messages; every publish in it is tapped (see <see cref="TapsVirtualHosts"/>).</summary>
    public async Task<string> NewVirtualHostAsync()
    {
        var vhost = UniqueName.Of("test-");
        await Broker.RabbitMqCtlAsync("add_vhost", vhost);
        await Broker.RabbitMqCtlAsync("set_permissions", "-p", vhost, Broker.User, ".*", ".*", ".*");
        if (TapsVirtualHosts)
        {
            _taps[vhost] = await BrokerTap.StartAsync(Broker, vhost);
        }
        return vhost;
    }

    /// <summary>The copy of every message published in a virtual host made by <see cref="NewVirtualHostAsync"/>.</summary>
    public BrokerTap TapOf(string vhost) => _taps[vhost];

    public IEnumerable<BrokerTap> Taps => _taps.Values;

    /// <summary>
    /// Kills the broker (SIGKILL, see <see cref="RabbitMqNode.Kill"/>). The firehose's copies still in the taps would
    /// not survive, so every tap is read first: the leak sweep still sees every earlier test's messages.
    /// </summary>
    public async Task KillBrokerAsync()
    {
        foreach (var tap in Taps)
        {
            await tap.ReadAllAsync();
        }
        Broker.Kill();
    }

    /// <summary>Starts the killed broker again and turns the firehose back on for <paramref name="vhost"/> (the test's own).</summary>
    public async Task RestartBrokerAsync(string vhost)
    {
        await Broker.RestartAsync();
        await TapOf(vhost).ResumeAsync();
    }

    /// <summary>Messages waiting in each queue of a virtual host, by queue name.</summary>
    public async Task<Dictionary<string, int>> QueueDepthsAsync(string vhost)
    {
        var listing = await Broker.RabbitMqCtlAsync("list_queues", "-p", vhost, "-q", "--no-table-headers", "name", "messages");
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', StringSplitOptions.TrimEntries))
            .Where(columns => columns.Length == 2)
            .ToDictionary(columns => columns[0], columns => int.Parse(columns[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Each non-empty queue as "name: ready R, unacked U, consumers C": a stuck consumer holds its messages unacked.</summary>
    public async Task<IReadOnlyList<string>> BusyQueuesAsync(string vhost)
    {
        var listing = await Broker.RabbitMqCtlAsync("list_queues", "-p", vhost, "-q", "--no-table-headers", "name", "messages_ready", "messages_unacknowledged", "consumers");
        return [.. listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', StringSplitOptions.TrimEntries))
            .Where(columns => columns.Length == 4 && (columns[1] != "0" || columns[2] != "0"))
            .Select(columns => $"{columns[0]}: ready {columns[1]}, unacked {columns[2]}, consumers {columns[3]}")];
    }

    public Dictionary<string, string?> BrokerSettings(string vhost) => new()
    {
        ["Hub:Messaging:Transport"] = "RabbitMq",
        ["RabbitMq:Host"] = Broker.Host,
        ["RabbitMq:Port"] = Broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RabbitMq:VirtualHost"] = vhost,
        ["RabbitMq:Username"] = Broker.User,
        ["RabbitMq:Password"] = Broker.Password,
        ["Hub:Outbox:RelayPollInterval"] = "00:00:00.250",
    };

    /// <summary>Database settings for one service's database on the given provider.</summary>
    public Dictionary<string, string?> DatabaseSettings(DatabaseKind kind, string connectionName, string scratchDirectory)
    {
        var database = UniqueName.Of($"{connectionName.ToLowerInvariant()}_");
        return kind == DatabaseKind.Postgres
            ? new()
            {
                ["Database:Provider"] = "Postgres",
                [$"ConnectionStrings:{connectionName}"] = Postgres.ConnectionString(database),
            }
            : new()
            {
                ["Database:Provider"] = "Sqlite",
                [$"ConnectionStrings:{connectionName}"] = $"Data Source={Path.Combine(scratchDirectory, database)}.db;Default Timeout=30",
            };
    }
}

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}
