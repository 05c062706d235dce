namespace Hub.Contracts.Signals;

/// <summary>The status of a signal for the partner that raised it; answered with <see cref="SignalStatus"/> or <see cref="SignalNotFound"/>.</summary>
[Read]
public record GetSignalStatus
{
    public required Guid SignalId { get; init; }
    public required string RequestedBy { get; init; }
}
