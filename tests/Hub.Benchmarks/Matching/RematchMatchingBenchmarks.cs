using BenchmarkDotNet.Attributes;
using Hub.JobMatching.Matching;

namespace Hub.Benchmarks.Matching;

/// <summary>Bulk work on the engine: re-ranking all 10,000 vacancies, and ranking the vacancies for one seeker.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 10)]
[Config(typeof(PercentileConfig))]
public class RematchMatchingBenchmarks
{
    private MatchingEngine engine = null!;
    private Guid[] vacancies = [];
    private string[] seekers = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var world = MatchingWorld.Generate();
        engine = world.Fill(new MatchingEngine(world.Areas));
        vacancies = [.. world.Vacancies.Select(v => v.Id)];
        seekers = [.. world.Seekers.Select(s => s.SubjectPseudonym).Where((_, i) => i % 100 == 0)];
    }

    [GlobalCleanup]
    public void Cleanup() => engine.Dispose();

    [Benchmark]
    public int RematchAllVacancies()
    {
        var proposals = 0;
        foreach (var id in vacancies)
        {
            proposals += engine.RankSeekersFor(id, MatchingWorld.Top, MatchingWorld.Today).Count;
        }
        return proposals;
    }

    [Benchmark]
    public int RankVacanciesForOneSeeker() =>
        engine.RankVacanciesFor(seekers[next++ % seekers.Length], MatchingWorld.Top, MatchingWorld.Today).Count;
}
