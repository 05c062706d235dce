namespace Hub.Contracts.Signals;

/// <summary>The signals the asking partner raised, newest first; answered with <see cref="SignalList"/>.</summary>
[Read]
public record GetRaisedSignals
{
    /// <summary>The raising partner: only its own signals are listed.</summary>
    public required string RequestedBy { get; init; }
}
