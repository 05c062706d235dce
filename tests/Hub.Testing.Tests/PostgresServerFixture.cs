using Hub.Testing;

namespace Hub.Testing.Tests;

/// <summary>One throw-away PostgreSQL server shared by the tests of <see cref="PostgresServerCollection"/>.</summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
