using BenchmarkDotNet.Attributes;
using Hub.Operations.Access;
using Hub.Operations.Audit;
using Hub.Operations.Storage;

namespace Hub.Benchmarks.Operations;

/// <summary>The console's searches over 1,000,000 audit records on SQLite (the embedded store), first page of 50, newest first.</summary>
[InProcess]
[MinIterationCount(10)]
[MaxIterationCount(30)]
public class AuditSearchBenchmarks
{
    private static readonly OperatorScope Leeuwarden = new(["leeuwarden-oost"]);
    private OperationsDb _db = null!;
    private AuditSearch _search = null!;
    private int _next;

    [GlobalSetup]
    public async Task Setup()
    {
        _db = AuditTrailData.Open(await AuditTrailData.MillionRecordFileAsync());
        _search = new AuditSearch(_db);
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    /// <summary>A different conversation's id each call, so no answer comes from a warm page twice in a row.</summary>
    [Benchmark(Baseline = true)]
    public Task<List<AuditRecord>> ByBusinessId() =>
        _search.FindAsync(new AuditQuery { BusinessId = AuditTrailData.BusinessId(_next++ * 7919 % 200_000).ToString() }, OperatorScope.Everything, default);

    [Benchmark]
    public Task<List<AuditRecord>> ByMessageType() =>
        _search.FindAsync(new AuditQuery { MessageType = "SignalWithheld" }, OperatorScope.Everything, default);

    [Benchmark]
    public Task<List<AuditRecord>> ByServiceAndStatus() =>
        _search.FindAsync(new AuditQuery { Service = "Hub.Benchmark", Stage = "faulted" }, OperatorScope.Everything, default);

    [Benchmark]
    public Task<List<AuditRecord>> ByDateRange() =>
        _search.FindAsync(new AuditQuery { From = AuditTrailData.End.AddDays(-12), To = AuditTrailData.End.AddDays(-11) }, OperatorScope.Everything, default);

    [Benchmark]
    public Task<List<AuditRecord>> TypeAndDateRangeForOneMunicipality() =>
        _search.FindAsync(new AuditQuery { MessageType = "VacancyPublished", From = AuditTrailData.End.AddDays(-7) }, Leeuwarden, default);

    [Benchmark]
    public Task<List<AuditRecord>> FailedInDateRangeForOneMunicipality() =>
        _search.FindAsync(new AuditQuery { Stage = "faulted", From = AuditTrailData.End.AddDays(-30) }, Leeuwarden, default);
}
