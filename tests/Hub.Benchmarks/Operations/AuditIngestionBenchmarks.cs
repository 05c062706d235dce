using BenchmarkDotNet.Attributes;
using Hub.Contracts.Operations;
using Hub.Operations.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Benchmarks.Operations;

/// <summary>
/// Storing one audit batch of 500 entries (the wire tap's default batch size) in one transaction, into a SQLite store
/// that already holds the records of earlier iterations: records per second = 500 / the time per batch.
/// </summary>
[InProcess]
[MinIterationCount(10)]
[MaxIterationCount(30)]
public class AuditIngestionBenchmarks
{
    private const int BatchSize = 500;
    private readonly Random _random = new(7);
    private OperationsDb _db = null!;
    private string _file = null!;
    private IReadOnlyList<AuditEntry> _batch = [];
    private int _conversation;

    [GlobalSetup]
    public async Task Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"hub-benchmark-ingest-{Guid.NewGuid():N}.db");
        _db = AuditTrailData.Open(_file);
        await _db.Database.EnsureCreatedAsync();
        await _db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    [IterationSetup]
    public void NextBatch() =>
        _batch = Enumerable.Range(0, BatchSize / AuditTrailData.PerConversation)
            .SelectMany(_ => AuditTrailData.Conversation(_conversation++, _random)).ToList();

    [Benchmark(OperationsPerInvoke = BatchSize)]
    public Task StoreOneBatch() => AuditTrailData.WriteAsync(_db, _batch);

    [GlobalCleanup]
    public void Cleanup()
    {
        _db.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_file) + "*"))
        {
            File.Delete(file);
        }
    }
}
