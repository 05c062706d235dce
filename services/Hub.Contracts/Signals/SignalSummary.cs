namespace Hub.Contracts.Signals;

/// <summary>One signal in its sender's list: counts only, never a recipient's name, why one was withheld, or the resident.</summary>
public record SignalSummary
{
    public required Guid SignalId { get; init; }
    public required string Category { get; init; }
    /// <summary>routed, or rejected when the signal did not fit the policy.</summary>
    public required string State { get; init; }
    public required DateOnly OccurredOn { get; init; }
    public required DateTime RaisedAt { get; init; }
    /// <summary>Candidate recipients decided: delivered (handled ones included) plus withheld.</summary>
    public required int Recipients { get; init; }
    /// <summary>Recipients that received it (handled ones included).</summary>
    public required int Delivered { get; init; }
}
