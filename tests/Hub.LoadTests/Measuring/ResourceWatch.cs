namespace Hub.LoadTests.Measuring;

/// <summary>Over one phase: CPU seconds each process used and the highest RSS seen (sampled every 250 ms).</summary>
internal sealed class ResourceWatch : IAsyncDisposable
{
    private readonly IReadOnlyList<ProcessMeter> _meters;
    private readonly double[] _cpuAtStart;
    private readonly double[] _peakRss;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private ResourceWatch(IReadOnlyList<ProcessMeter> meters)
    {
        _meters = meters;
        _cpuAtStart = [.. meters.Select(m => m.CpuSeconds())];
        _peakRss = new double[meters.Count];
        _sampling = SampleAsync();
    }

    public static ResourceWatch Start(IReadOnlyList<ProcessMeter> meters) => new(meters);

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            for (var i = 0; i < _meters.Count; i++)
            {
                _peakRss[i] = Math.Max(_peakRss[i], _meters[i].RssMegabytes());
            }
            await Task.Delay(250).ConfigureAwait(false);
        }
    }

    /// <summary>Stops sampling and records CPU ms per message and peak RSS per process under <paramref name="phase"/>.</summary>
    public async Task RecordAsync(Results results, string variant, string phase, int messages)
    {
        await DisposeAsync();
        var total = 0.0;
        for (var i = 0; i < _meters.Count; i++)
        {
            var cpu = _meters[i].CpuSeconds() - _cpuAtStart[i];
            total += double.IsNaN(cpu) ? 0 : cpu;
            results.Record(variant, $"{phase}: CPU per message, {_meters[i].Name}", "ms", cpu * 1000 / messages);
            results.Record(variant, $"{phase}: peak RSS, {_meters[i].Name}", "MB", _peakRss[i]);
        }
        results.Record(variant, $"{phase}: CPU per message, all processes", "ms", total * 1000 / messages);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
            await _sampling;
        }
    }
}
