namespace Hub.Client.Models;

/// <summary>The signals you raised, newest first, at most 200; purged signals are gone.</summary>
public sealed record SignalList
{
    public IReadOnlyList<SignalSummary> Signals { get; init; } = [];
}
