namespace Hub.LoadTests.Baselines;

/// <summary>
/// One throughput run: how fast messages were accepted (publish confirmed or 202) and fully consumed; and, when the run
/// was metered, the CPU seconds the metered processes used from the first publish to the last consume.
/// </summary>
internal sealed record Throughput(int Messages, TimeSpan Accepting, TimeSpan EndToEnd, int Failures = 0, double CpuSeconds = double.NaN)
{
    public double AcceptedPerSecond => Messages / Accepting.TotalSeconds;

    public double EndToEndPerSecond => Messages / EndToEnd.TotalSeconds;

    public double CpuMillisecondsPerMessage => CpuSeconds * 1000 / Messages;
}
