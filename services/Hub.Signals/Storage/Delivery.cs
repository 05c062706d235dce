namespace Hub.Signals.Storage;

/// <summary>One signal as delivered to one recipient: only its allowed fields, under its own pseudonym.</summary>
public sealed class Delivery
{
    public Guid Id { get; set; }
    public Guid SignalId { get; set; }
    public required string RecipientOrganisation { get; set; }
    public required string RecipientPseudonym { get; set; }
    public string? RecipientHouseholdPseudonym { get; set; }
    public required string Category { get; set; }
    public Dictionary<string, string> Details { get; set; } = [];
    public DateOnly OccurredOn { get; set; }
    public required string SenderOrganisation { get; set; }
    public required string Basis { get; set; }
    public required string Purpose { get; set; }
    public Guid? ConsentId { get; set; }
    public DateTime DeliveredAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    public string? Outcome { get; set; }
    /// <summary>The recipient's own note; never shown to the sender.</summary>
    public string? OutcomeNote { get; set; }
    public DateTime? OutcomeAt { get; set; }
}
