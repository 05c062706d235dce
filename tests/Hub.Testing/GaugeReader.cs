using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Hub.Testing;

/// <summary>
/// The observable gauges of one meter in one host (its <see cref="IMeterFactory"/>, so parallel tests do not mix),
/// read on demand as a metrics exporter would collect them, keyed by one tag's value.
/// </summary>
public sealed class GaugeReader : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Instrument, string? Tag), long> _values = new();

    public GaugeReader(IMeterFactory meters, string meter, string tag)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meter && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _values[(instrument.Name, tags.ToArray().FirstOrDefault(t => t.Key == tag).Value as string)] = value);
        _listener.Start();
    }

    /// <summary>Collects now; the gauge's value for <paramref name="tagValue"/>, or null when it reported none.</summary>
    public long? Read(string instrument, string tagValue)
    {
        _listener.RecordObservableInstruments();
        return _values.TryGetValue((instrument, tagValue), out var value) ? value : null;
    }

    public void Dispose() => _listener.Dispose();
}
