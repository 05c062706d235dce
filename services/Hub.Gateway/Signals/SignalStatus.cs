namespace Hub.Gateway.Signals;

/// <summary>What became of one of the caller's signals, per candidate recipient; never why it was withheld, never a recipient's note.</summary>
public sealed record SignalStatus
{
    public required Guid SignalId { get; init; }
    public required string Category { get; init; }
    /// <summary>routed, or rejected when the signal did not fit the policy (see <see cref="RejectionReason"/>).</summary>
    public required string State { get; init; }
    public string? RejectionReason { get; init; }
    /// <summary>Recipients that received it (handled ones included).</summary>
    public required int Delivered { get; init; }
    public required int Withheld { get; init; }
    /// <summary>Recipients that reported an outcome.</summary>
    public required int Handled { get; init; }
    /// <summary>By name.</summary>
    public required IReadOnlyList<RecipientStatus> Recipients { get; init; }
    public required DateTime RaisedAt { get; init; }
}
