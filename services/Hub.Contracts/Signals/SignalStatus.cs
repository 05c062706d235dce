namespace Hub.Contracts.Signals;

/// <summary>What became of a signal, per candidate recipient; never why it was withheld, never a recipient's note.</summary>
[Read]
public record SignalStatus
{
    public required Guid SignalId { get; init; }
    public required string Category { get; init; }
    /// <summary>routed, or rejected when the signal did not fit the policy (see <see cref="RejectionReason"/>).</summary>
    public required string State { get; init; }
    public string? RejectionReason { get; init; }
    public required int Delivered { get; init; }
    public required int Withheld { get; init; }
    public required int Handled { get; init; }
    public required IReadOnlyList<RecipientStatus> Recipients { get; init; }
    public required DateTime RaisedAt { get; init; }
}
