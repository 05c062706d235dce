using Hub.Testing;

namespace Hub.Signals.Tests.Lifecycle;

/// <summary>A throw-away PostgreSQL server (or HUB_TEST_POSTGRES) for the tests that run the service on PostgreSQL.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public Dictionary<string, string?> Settings() => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Signals"] = Server.ConnectionString(UniqueName.Of("signals_")),
    };

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
