using Hub.Testing;

namespace Hub.Gateway.Tests;

/// <summary>The gateway on a throw-away PostgreSQL server (or HUB_TEST_POSTGRES): the idempotency store's SQL must hold on both databases.</summary>
public sealed class PostgresGateway : IAsyncLifetime
{
    private PostgresServer _server = null!;

    public GatewayApplication App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        App = new GatewayApplication
        {
            Settings =
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Gateway"] = _server.ConnectionString(UniqueName.Of("gateway_")),
            },
        };
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _server.DisposeAsync();
    }
}
