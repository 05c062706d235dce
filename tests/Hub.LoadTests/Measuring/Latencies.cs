using System.Collections.Concurrent;

namespace Hub.LoadTests.Measuring;

/// <summary>Latency samples in milliseconds from many threads; percentiles by nearest rank.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentBag<double> _samples = [];

    public int Count => _samples.Count;

    public void Add(double milliseconds) => _samples.Add(Math.Max(0, milliseconds));

    public double Percentile(double p)
    {
        var sorted = _samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Records p50, p95, p99 (and the sample count) under <paramref name="name"/>.</summary>
    public void RecordTo(Results results, string variant, string name)
    {
        results.Record(variant, $"{name} p50", "ms", Percentile(50));
        results.Record(variant, $"{name} p95", "ms", Percentile(95));
        results.Record(variant, $"{name} p99", "ms", Percentile(99));
        results.Record(variant, $"{name} samples", "n", Count);
    }
}
