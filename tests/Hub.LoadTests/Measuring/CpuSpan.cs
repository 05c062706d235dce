namespace Hub.LoadTests.Measuring;

/// <summary>
/// CPU seconds some processes use between two points, read from /proc at both ends only: unlike <see cref="ResourceWatch"/>
/// nothing samples in between, so the harness process, when metered itself, pays no measuring cost of its own.
/// </summary>
internal sealed class CpuSpan
{
    private readonly IReadOnlyList<ProcessMeter> _meters;
    private readonly double[] _atStart;

    private CpuSpan(IReadOnlyList<ProcessMeter> meters)
    {
        _meters = meters;
        _atStart = [.. meters.Select(m => m.CpuSeconds())];
    }

    public static CpuSpan Start(IReadOnlyList<ProcessMeter> meters) => new(meters);

    /// <summary>CPU seconds since the start, summed over the processes (NaN if one could not be read).</summary>
    public double Seconds() => _meters.Select((meter, i) => meter.CpuSeconds() - _atStart[i]).Sum();

    /// <summary>The harness itself, where it stands in for a service's side of the work (publisher, consumer, database client).</summary>
    public static ProcessMeter Harness { get; } = new("harness", () => Environment.ProcessId);
}
