namespace Hub.Signals.Tests;

/// <summary>The real clock moved forward by hand; timers keep real time, so background loops behave as in production.</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
