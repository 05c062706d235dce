namespace Hub.Gateway.Signals;

/// <summary>
/// One of the caller's signals in its list: counts only. Who received it is at GET /api/v1/signals/{signalId}; why a
/// recipient was withheld and who the resident is are never shown.
/// </summary>
public sealed record SignalSummary
{
    public required Guid SignalId { get; init; }
    public required string Category { get; init; }
    /// <summary>routed, or rejected when the signal did not fit the policy (delivered to nobody; the reason is in its status).</summary>
    public required string State { get; init; }
    public required DateOnly OccurredOn { get; init; }
    /// <summary>When the gateway accepted it (UTC).</summary>
    public required DateTime RaisedAt { get; init; }
    /// <summary>Candidate recipients the Hub decided about: delivered (handled ones included) plus withheld.</summary>
    public required int Recipients { get; init; }
    /// <summary>Recipients that received it (handled ones included).</summary>
    public required int Delivered { get; init; }
}
