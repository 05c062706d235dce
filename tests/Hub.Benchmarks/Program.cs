using BenchmarkDotNet.Running;
using Hub.Benchmarks.Matching;

// dotnet run -c Release --project tests/Hub.Benchmarks -- --filter '*Matching*'   (or '*Audit*': the operations store)
// The single-call latency and memory pass runs first, unless the filter leaves out the matching benchmarks.
if (args.Length == 0 || args.Any(a => a.Contains("Matching", StringComparison.OrdinalIgnoreCase)))
{
    MatchingMeasurements.Run();
}
if (args.Any(a => a.Contains("Audit", StringComparison.OrdinalIgnoreCase)))
{
    // BenchmarkDotNet's in-process runs give a setup a few minutes at most; the million-record store is built first.
    await Hub.Benchmarks.Operations.AuditTrailData.MillionRecordFileAsync();
}
BenchmarkSwitcher.FromAssembly(typeof(MatchingWorld).Assembly).Run(args);
