using Hub.Messaging.Storage;
using Hub.ServiceDefaults.Messaging;

namespace Hub.LoadTests.Peer;

/// <summary>
/// The peer's settings, read with the Hub's own option types under the keys the services use (RabbitMq:*,
/// Database:Provider, ConnectionStrings:*), so the harness configures both alike.
/// </summary>
public sealed record PeerSettings
{
    public required RabbitMqOptions RabbitMq { get; init; }
    public required DatabaseProvider Provider { get; init; }
    public required string ConnectionString { get; init; }
    /// <summary>A quorum queue bound to the matching events exchange, for a subscriber such as the harness's probe.</summary>
    public string SubscriberQueue { get; init; } = "peer-subscriber";

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    public static PeerSettings From(IConfiguration configuration) => new()
    {
        RabbitMq = configuration.GetSection(RabbitMqOptions.Section).Get<RabbitMqOptions>() ?? new RabbitMqOptions(),
        Provider = (configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions()).Provider,
        ConnectionString = configuration.GetConnectionString("Peer")
            ?? throw new InvalidOperationException("ConnectionStrings:Peer is required (PostgreSQL or SQLite, see Database:Provider)."),
        SubscriberQueue = configuration["Peer:SubscriberQueue"] ?? "peer-subscriber",
    };
}
