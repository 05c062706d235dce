using Hub.Testing;
using Npgsql;

namespace Hub.LoadTests.Floor;

/// <summary>Two databases of their own on the rig's PostgreSQL server, one per service as the Hub has them.</summary>
internal sealed class PostgresFloorStore : IFloorStore
{
    private readonly PostgresServer _server;
    private readonly string _gatewayDatabase;
    private readonly string _jobMatchingDatabase;
    private readonly NpgsqlDataSource _gateway;
    private readonly NpgsqlDataSource _jobMatching;

    private PostgresFloorStore(PostgresServer server, string gatewayDatabase, string jobMatchingDatabase)
    {
        _server = server;
        _gatewayDatabase = gatewayDatabase;
        _jobMatchingDatabase = jobMatchingDatabase;
        _gateway = NpgsqlDataSource.Create(WithAutoPrepare(server.ConnectionString(gatewayDatabase)));
        _jobMatching = NpgsqlDataSource.Create(WithAutoPrepare(server.ConnectionString(jobMatchingDatabase)));
    }

    public static async Task<PostgresFloorStore> CreateAsync(PostgresServer server, CancellationToken cancellationToken)
    {
        var store = new PostgresFloorStore(server, UniqueName.Of("floor_gateway_"), UniqueName.Of("floor_jobmatching_"));
        await using (var admin = new NpgsqlConnection(server.ConnectionString("postgres")))
        {
            await admin.OpenAsync(cancellationToken);
            foreach (var database in (string[])[store._gatewayDatabase, store._jobMatchingDatabase])
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        await using (var gateway = await store._gateway.OpenConnectionAsync(cancellationToken))
        await using (var schema = new NpgsqlCommand(FloorSchema.PostgresGateway, gateway))
        {
            await schema.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var jobMatching = await store._jobMatching.OpenConnectionAsync(cancellationToken))
        await using (var schema = new NpgsqlCommand(FloorSchema.PostgresJobMatching, jobMatching))
        {
            await schema.ExecuteNonQueryAsync(cancellationToken);
        }
        return store;
    }

    public async Task<IFloorWriter> OpenWriterAsync(CancellationToken cancellationToken) =>
        new PostgresFloorWriter(await _gateway.OpenConnectionAsync(cancellationToken), await _jobMatching.OpenConnectionAsync(cancellationToken));

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _jobMatching.DisposeAsync();
        await using var admin = new NpgsqlConnection(_server.ConnectionString("postgres"));
        await admin.OpenAsync();
        foreach (var database in (string[])[_gatewayDatabase, _jobMatchingDatabase])
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Prepared statements, as the Hub's services have them (Hub.Messaging sets Max Auto Prepare).</summary>
    private static string WithAutoPrepare(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString;
}
