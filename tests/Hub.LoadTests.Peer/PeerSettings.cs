namespace Hub.LoadTests.Peer;

/// <summary>
/// The peer's settings, under the keys the Hub's services use for the same thing (RabbitMq:*, Database:Provider,
/// ConnectionStrings:*, Hub:Matching:*), so the harness configures both alike.
/// </summary>
public sealed record PeerSettings
{
    public required string RabbitMqHost { get; init; }
    public int RabbitMqPort { get; init; } = 5672;
    public string VirtualHost { get; init; } = "/";
    public string Username { get; init; } = "guest";
    public string Password { get; init; } = "guest";
    /// <summary>Prefetch and handlers in flight on the vacancy queue: the Hub's RabbitMq:PrefetchCount default (32).</summary>
    public ushort PrefetchCount { get; init; } = 32;
    /// <summary>Postgres or Sqlite.</summary>
    public string DatabaseProvider { get; init; } = "Postgres";
    public required string ConnectionString { get; init; }
    /// <summary>A quorum queue bound to the matching events exchange, for a subscriber such as the harness's probe.</summary>
    public string SubscriberQueue { get; init; } = "peer-subscriber";

    public bool IsPostgres => string.Equals(DatabaseProvider, "Postgres", StringComparison.OrdinalIgnoreCase);

    public static PeerSettings From(IConfiguration configuration) => new()
    {
        RabbitMqHost = configuration["RabbitMq:Host"] ?? "localhost",
        RabbitMqPort = configuration.GetValue("RabbitMq:Port", 5672),
        VirtualHost = configuration["RabbitMq:VirtualHost"] ?? "/",
        Username = configuration["RabbitMq:Username"] ?? "guest",
        Password = configuration["RabbitMq:Password"] ?? "guest",
        PrefetchCount = configuration.GetValue<ushort>("RabbitMq:PrefetchCount", 32),
        DatabaseProvider = configuration["Database:Provider"] ?? "Postgres",
        ConnectionString = configuration.GetConnectionString("Peer")
            ?? throw new InvalidOperationException("ConnectionStrings:Peer is required (PostgreSQL or SQLite, see Database:Provider)."),
        SubscriberQueue = configuration["Peer:SubscriberQueue"] ?? "peer-subscriber",
    };
}
