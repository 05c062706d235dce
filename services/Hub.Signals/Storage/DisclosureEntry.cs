namespace Hub.Signals.Storage;

/// <summary>
/// One processing of a resident's data (after the "Logboek Dataverwerkingen" idea): the decision, its basis or
/// reason, the policy version and the trace, by pseudonym. Never a BSN, never signal content.
/// </summary>
public sealed class DisclosureEntry
{
    public long Id { get; set; }
    public DisclosureDecision Decision { get; set; }
    public required string SubjectPseudonym { get; set; }
    /// <summary>The household member the signal also named, whose pseudonym the recipient got too: the disclosure is theirs as well.</summary>
    public string? HouseholdPseudonym { get; set; }
    public required string RecipientOrganisation { get; set; }
    public required string Category { get; set; }
    public string? Basis { get; set; }
    public Guid? ConsentId { get; set; }
    public string? Reason { get; set; }
    public Guid? SignalId { get; set; }
    public Guid? DeliveryId { get; set; }
    public Guid? CaseId { get; set; }
    public required string PolicyVersion { get; set; }
    /// <summary>W3C trace and span id of the processing, to follow it through the Hub's traces.</summary>
    public string? TraceId { get; set; }
    public string? SpanId { get; set; }
    public DateTime DecidedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
