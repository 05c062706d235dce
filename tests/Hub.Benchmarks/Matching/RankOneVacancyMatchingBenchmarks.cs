using BenchmarkDotNet.Attributes;
using Hub.JobMatching.Matching;

namespace Hub.Benchmarks.Matching;

/// <summary>
/// Ranking one vacancy against 100,000 seekers: the engine against the plain linear scan (baseline).
/// Each call takes the next of 1,000 sampled vacancies, so the time is that of a typical vacancy.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 25)]
[Config(typeof(PercentileConfig))]
public class RankOneVacancyMatchingBenchmarks
{
    private MatchingEngine engine = null!;
    private LinearScanMatcher scan = null!;
    private Guid[] sample = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var world = MatchingWorld.Generate();
        engine = world.Fill(new MatchingEngine(world.Areas));
        scan = world.Fill(new LinearScanMatcher(world.Areas));
        sample = [.. world.Vacancies.Select(v => v.Id).Where((_, i) => i % 10 == 0)];
    }

    [GlobalCleanup]
    public void Cleanup() => engine.Dispose();

    [Benchmark(Baseline = true)]
    public int LinearScan() => scan.RankSeekersFor(NextVacancy(), MatchingWorld.Top, MatchingWorld.Today).Count;

    [Benchmark]
    public int Engine() => engine.RankSeekersFor(NextVacancy(), MatchingWorld.Top, MatchingWorld.Today).Count;

    private Guid NextVacancy() => sample[next++ % sample.Length];
}
