namespace Hub.Contracts.Signals;

[Read]
public record SignalList
{
    /// <summary>Newest first, at most 200; purged signals are gone.</summary>
    public required IReadOnlyList<SignalSummary> Signals { get; init; }
}
