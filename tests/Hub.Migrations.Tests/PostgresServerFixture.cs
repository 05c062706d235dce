using Npgsql;

namespace Hub.Migrations.Tests;

/// <summary>One throw-away PostgreSQL server for the tests of <see cref="PostgresServerCollection"/>; a new database per test.</summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = $"migrations_{Guid.NewGuid():N}";
        await using var admin = new NpgsqlConnection(Server.ConnectionString("postgres"));
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        await create.ExecuteNonQueryAsync();
        return Server.ConnectionString(name);
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresServerCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "A running PostgreSQL server";
}
