using Microsoft.Data.Sqlite;

namespace Hub.LoadTests.Floor;

/// <summary>
/// A file per service in WAL mode, as the Hub lays them out, each with a write gate: the Hub's SqliteWriteGate lets one
/// writer of a process at a time at a file, because SQLite has one write lock and its busy retry sleeps 150 ms.
/// </summary>
internal sealed class SqliteFloorStore : IFloorStore
{
    private readonly string _gatewayFile;
    private readonly string _jobMatchingFile;
    private readonly SemaphoreSlim _gatewayGate = new(1, 1);
    private readonly SemaphoreSlim _jobMatchingGate = new(1, 1);

    private SqliteFloorStore(string directory)
    {
        var name = Guid.NewGuid().ToString("N")[..12];
        _gatewayFile = Path.Combine(directory, $"floor-gateway-{name}.db");
        _jobMatchingFile = Path.Combine(directory, $"floor-jobmatching-{name}.db");
    }

    public static async Task<SqliteFloorStore> CreateAsync(string directory, CancellationToken cancellationToken)
    {
        var store = new SqliteFloorStore(directory);
        foreach (var (file, schema) in new[] { (store._gatewayFile, FloorSchema.SqliteGateway), (store._jobMatchingFile, FloorSchema.SqliteJobMatching) })
        {
            await using var connection = new SqliteConnection(ConnectionString(file));
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;" + schema;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return store;
    }

    public async Task<IFloorWriter> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var gateway = new SqliteConnection(ConnectionString(_gatewayFile));
        var jobMatching = new SqliteConnection(ConnectionString(_jobMatchingFile));
        await gateway.OpenAsync(cancellationToken);
        await jobMatching.OpenAsync(cancellationToken);
        return new SqliteFloorWriter(gateway, _gatewayGate, jobMatching, _jobMatchingGate);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _gatewayFile, _jobMatchingFile }.SelectMany(f => (string[])[f, f + "-wal", f + "-shm"]))
        {
            File.Delete(file);
        }
        _gatewayGate.Dispose();
        _jobMatchingGate.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The connection string the Hub's services use for their files.</summary>
    private static string ConnectionString(string file) => $"Data Source={file};Default Timeout=30";
}
