namespace Hub.Signals.Storage;

/// <summary>
/// What the Hub keeps of a signal after routing: who raised what about whom, for the sender's status and
/// multi-problem matching. The details are not kept here; each delivery holds only its recipient's fields.
/// </summary>
public sealed class RaisedSignal
{
    public Guid Id { get; set; }
    public required string Category { get; set; }
    /// <summary>Null for a rejected signal: nothing about the resident is kept for it.</summary>
    public string? SubjectPseudonym { get; set; }
    public string? HouseholdPseudonym { get; set; }
    public required string RaisedBy { get; set; }
    public List<string> Areas { get; set; } = [];
    public bool MultiProblem { get; set; }
    public DateOnly OccurredOn { get; set; }
    public DateTime RaisedAt { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public SignalState State { get; set; }
    public string? RejectionReason { get; set; }
    public required string PolicyVersion { get; set; }
}
