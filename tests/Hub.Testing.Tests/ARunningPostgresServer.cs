using Hub.Testing;
using Npgsql;

namespace Hub.Testing.Tests;

[Collection(PostgresServerCollection.Name)]
public sealed class ARunningPostgresServer(PostgresServerFixture fixture)
{
    private PostgresServer Server => fixture.Server;

    [Fact]
    public async Task AcceptsConnectionsFromSuperuserHub()
    {
        await using var connection = new NpgsqlConnection(Server.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select current_user || ' ' || pg_encoding_to_char(encoding) from pg_database where datname = 'postgres'", connection);
        Assert.Equal("hub UTF8", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task CreatesADatabaseThatAcceptsConnections()
    {
        var name = UniqueName.Of("created_");
        await using (var admin = new NpgsqlConnection(Server.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"create database {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        await using var connection = new NpgsqlConnection(Server.ConnectionString(name));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select current_database()", connection);
        Assert.Equal(name, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task RefusesConnectionsWhileStoppedAndAcceptsThemAfterStart()
    {
        var connectionString = Server.ConnectionString("postgres") + ";Pooling=false";
        await Server.StopAsync();
        try
        {
            await using var refused = new NpgsqlConnection(connectionString);
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => refused.OpenAsync());
        }
        finally
        {
            await Server.StartAsync();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
    }
}
