namespace Hub.Gateway.Signals;

/// <summary>A signal delivered to the caller: only the fields the policy allows it, about a resident under its own pseudonym.</summary>
public sealed record DeliveryView
{
    /// <summary>To acknowledge the delivery and report its outcome with.</summary>
    public required Guid DeliveryId { get; init; }
    /// <summary>The caller's own pseudonym for the resident ("rp-"...), the same in all its deliveries about them.</summary>
    public required string RecipientPseudonym { get; init; }
    public string? RecipientHouseholdPseudonym { get; init; }
    public required string Category { get; init; }
    /// <summary>The category's fields the policy lets the caller see, keyed by field name.</summary>
    public required IReadOnlyDictionary<string, string> Details { get; init; }
    public required DateOnly OccurredOn { get; init; }
    /// <summary>The sender's organisation id (OIN).</summary>
    public required string SenderOrganisation { get; init; }
    public required string SenderName { get; init; }
    /// <summary>"consent" or the name of the legal basis, e.g. wgs-debt-help.</summary>
    public required string Basis { get; init; }
    /// <summary>What the caller may use it for, e.g. debt-help.</summary>
    public required string Purpose { get; init; }
    public required DateTime DeliveredAt { get; init; }
    /// <summary>After this the delivery is purged.</summary>
    public required DateTime ExpiresAt { get; init; }
    public DateTime? AcknowledgedAt { get; init; }
    /// <summary>The outcome the caller reported, if any.</summary>
    public string? Outcome { get; init; }
}
