namespace Hub.Contracts.Signals;

/// <summary>No such signal for this partner: unknown, purged, or raised by someone else.</summary>
[Read]
public record SignalNotFound
{
    public required Guid SignalId { get; init; }
}
