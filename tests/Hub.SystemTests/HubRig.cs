using Hub.Testing;

namespace Hub.SystemTests;

/// <summary>One private RabbitMQ node and one PostgreSQL server for all system tests; each test gets its own vhost and databases.</summary>
public sealed class HubRig : IAsyncLifetime
{
    private RabbitMqNode? _broker;
    private PostgresServer? _postgres;

    public RabbitMqNode Broker => _broker ?? throw new InvalidOperationException("The broker did not start.");
    public PostgresServer Postgres => _postgres ?? throw new InvalidOperationException("PostgreSQL did not start.");

    public async Task InitializeAsync()
    {
        var broker = RabbitMqNode.StartAsync();
        var postgres = PostgresServer.StartAsync();
        _postgres = await postgres;
        _broker = await broker;
    }

    public async Task DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    /// <summary>A fresh virtual host, so no test sees another test's queues or leftover messages.</summary>
    public async Task<string> NewVirtualHostAsync()
    {
        var vhost = $"test-{Guid.NewGuid():N}"[..20];
        await Broker.RabbitMqCtlAsync("add_vhost", vhost);
        await Broker.RabbitMqCtlAsync("set_permissions", "-p", vhost, Broker.User, ".*", ".*", ".*");
        return vhost;
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
        var database = $"{connectionName.ToLowerInvariant()}_{Guid.NewGuid():N}"[..30];
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

[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<HubRig>
{
    public const string Name = "system";
}
