namespace Hub.Contracts.Signals;

public record RecipientStatus
{
    public required string OrganisationId { get; init; }
    public required string Name { get; init; }
    /// <summary>delivered, withheld or handled.</summary>
    public required string State { get; init; }
    /// <summary>The recipient's outcome code once handled (help-started, quick-fix, unjustified, moved-away, other).</summary>
    public string? Outcome { get; init; }
    public DateTime? AcknowledgedAt { get; init; }
}
