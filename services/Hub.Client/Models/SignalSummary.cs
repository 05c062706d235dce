namespace Hub.Client.Models;

/// <summary>
/// One of your signals in your list: counts only. <see cref="ISignalsApi.GetStatusAsync"/> says who received it; why a
/// recipient was withheld and who the resident is are never shown.
/// </summary>
public sealed record SignalSummary
{
    public Guid SignalId { get; init; }
    public string Category { get; init; } = "";
    /// <summary>routed, or rejected when the signal did not fit the policy (delivered to nobody; the reason is in its status).</summary>
    public string State { get; init; } = "";
    public DateOnly OccurredOn { get; init; }
    /// <summary>When the gateway accepted it (UTC).</summary>
    public DateTime RaisedAt { get; init; }
    /// <summary>Candidate recipients the Hub decided about: delivered (handled ones included) plus withheld.</summary>
    public int Recipients { get; init; }
    /// <summary>Recipients that received it (handled ones included).</summary>
    public int Delivered { get; init; }
}
