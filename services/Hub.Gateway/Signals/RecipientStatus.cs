namespace Hub.Gateway.Signals;

/// <summary>One candidate recipient of a signal, as its sender sees it.</summary>
public sealed record RecipientStatus
{
    /// <summary>The recipient's organisation id (OIN).</summary>
    public required string OrganisationId { get; init; }
    public required string Name { get; init; }
    /// <summary>delivered, withheld or handled.</summary>
    public required string State { get; init; }
    /// <summary>The recipient's outcome code once handled: help-started, quick-fix, unjustified, moved-away or other.</summary>
    public string? Outcome { get; init; }
    public DateTime? AcknowledgedAt { get; init; }
}
