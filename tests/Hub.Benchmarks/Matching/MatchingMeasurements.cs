using System.Diagnostics;
using Hub.JobMatching.Matching;

namespace Hub.Benchmarks.Matching;

/// <summary>
/// Measurements BenchmarkDotNet does not give: the latency of every single vacancy ranking (median, p95,
/// p99, max over all 10,000 vacancies, not over iteration means); the engine against the scan per vacancy,
/// timed back to back so both see the same load on a shared machine; and the memory the engine retains.
/// </summary>
public static class MatchingMeasurements
{
    public static void Run()
    {
        var start = GC.GetTotalMemory(forceFullCollection: true);
        var world = MatchingWorld.Generate();
        var withProfiles = GC.GetTotalMemory(forceFullCollection: true);
        var engine = world.Fill(new MatchingEngine(world.Areas));
        var withEngine = GC.GetTotalMemory(forceFullCollection: true);
        var scan = world.Fill(new LinearScanMatcher(world.Areas));

        var ids = world.Vacancies.Select(v => v.Id).ToArray();
        var sample = ids.Where((_, i) => i % 10 == 0).ToArray();
        Time(engine, ids); // warm up
        var engineTimes = Time(engine, ids);
        var (engineOnSample, scanOnSample) = TimePairs(engine, scan, sample);
        var ratios = engineOnSample.Zip(scanOnSample, (e, s) => s / e).Order().ToArray();
        var identical = sample.All(id => Same(engine, scan, id));

        Console.WriteLine();
        Console.WriteLine($"Job matching, {MatchingWorld.SeekerCount:N0} seekers, {MatchingWorld.VacancyCount:N0} vacancies, top {MatchingWorld.Top}, {Environment.ProcessorCount} cores");
        Console.WriteLine($"Memory: the profiles take {Megabytes(withProfiles - start)}; the engine retains {Megabytes(withEngine - withProfiles)} on top " +
            $"({(withEngine - withProfiles) / MatchingWorld.SeekerCount:N0} bytes per seeker, vacancies included).");
        Report("Engine, each of 10,000 vacancies", engineTimes);
        Report("Engine, 1,000 sampled vacancies", [.. engineOnSample.Order()]);
        Report("Linear scan, same 1,000 vacancies", [.. scanOnSample.Order()]);
        Console.WriteLine($"Scan/engine per vacancy, timed back to back: median {Percentile(ratios, 50):N1}x, " +
            $"worst 5% below {Percentile(ratios, 5):N1}x; mean time ratio {scanOnSample.Average() / engineOnSample.Average():N1}x; results identical: {identical}");
        Console.WriteLine();
        GC.KeepAlive(engine);
    }

    private static double[] Time(IJobMatcher matcher, Guid[] ids)
    {
        var times = ids.Select(id => Time(matcher, id)).ToArray();
        Array.Sort(times);
        return times;
    }

    private static (double[] First, double[] Second) TimePairs(IJobMatcher first, IJobMatcher second, Guid[] ids)
    {
        var pairs = ids.Select(id => (Time(first, id), Time(second, id))).ToArray();
        return ([.. pairs.Select(p => p.Item1)], [.. pairs.Select(p => p.Item2)]);
    }

    private static double Time(IJobMatcher matcher, Guid id)
    {
        var start = Stopwatch.GetTimestamp();
        matcher.RankSeekersFor(id, MatchingWorld.Top, MatchingWorld.Today);
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    private static bool Same(IJobMatcher a, IJobMatcher b, Guid id)
    {
        var x = a.RankSeekersFor(id, MatchingWorld.Top, MatchingWorld.Today);
        var y = b.RankSeekersFor(id, MatchingWorld.Top, MatchingWorld.Today);
        return x.Count == y.Count && x.Zip(y).All(p => p.First with { Reasons = [] } == p.Second with { Reasons = [] }
            && p.First.Reasons.SequenceEqual(p.Second.Reasons));
    }

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:N1} MB";

    private static void Report(string what, double[] sortedMicroseconds) =>
        Console.WriteLine($"{what}: median {Percentile(sortedMicroseconds, 50):N1} us, p95 {Percentile(sortedMicroseconds, 95):N1} us, " +
            $"p99 {Percentile(sortedMicroseconds, 99):N1} us, max {sortedMicroseconds[^1]:N1} us");

    private static double Percentile(double[] sorted, int percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
