namespace Hub.LoadTests.Baselines;

/// <summary>One throughput run: how fast messages were accepted (publish confirmed or 202) and fully consumed.</summary>
internal sealed record Throughput(int Messages, TimeSpan Accepting, TimeSpan EndToEnd, int Failures = 0)
{
    public double AcceptedPerSecond => Messages / Accepting.TotalSeconds;

    public double EndToEndPerSecond => Messages / EndToEnd.TotalSeconds;
}
