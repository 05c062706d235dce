namespace Hub.Client.Models;

/// <summary>What became of one of your signals, per candidate recipient; never why it was withheld, never a recipient's note.</summary>
public sealed record SignalStatus
{
    public Guid SignalId { get; init; }
    public string Category { get; init; } = "";
    /// <summary>routed, or rejected when the signal did not fit the policy (see <see cref="RejectionReason"/>).</summary>
    public string State { get; init; } = "";
    public string? RejectionReason { get; init; }
    /// <summary>Recipients that received it (handled ones included).</summary>
    public int Delivered { get; init; }
    public int Withheld { get; init; }
    /// <summary>Recipients that reported an outcome.</summary>
    public int Handled { get; init; }
    /// <summary>By name.</summary>
    public IReadOnlyList<RecipientStatus> Recipients { get; init; } = [];
    public DateTime RaisedAt { get; init; }
}
