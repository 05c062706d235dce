using BenchmarkDotNet.Configs;

namespace Hub.Benchmarks.Matching;

/// <summary>Median, P95 (built in) and P99 (<see cref="P99Column"/>) of the iteration times.</summary>
public sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig() =>
        AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, BenchmarkDotNet.Columns.StatisticColumn.P95, new P99Column());
}
