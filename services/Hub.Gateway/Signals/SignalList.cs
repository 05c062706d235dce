namespace Hub.Gateway.Signals;

/// <summary>The signals the caller raised.</summary>
public sealed record SignalList
{
    /// <summary>Newest first, at most 200; signals past their category's retention are purged and gone from the list.</summary>
    public required IReadOnlyList<SignalSummary> Signals { get; init; }
}
