namespace Hub.Signals.Tests.Routing;

/// <summary>A clock that stands still until moved, so the model and the router agree on "now" to the tick.</summary>
public sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
