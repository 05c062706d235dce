namespace Hub.Client.Models;

/// <summary>A signal delivered to you: only the fields the policy allows you, about a resident under your own pseudonym.</summary>
public sealed record DeliveryView
{
    /// <summary>To acknowledge the delivery and report its outcome with.</summary>
    public Guid DeliveryId { get; init; }
    /// <summary>Your own pseudonym for the resident ("rp-"...), the same in all your deliveries about them.</summary>
    public string RecipientPseudonym { get; init; } = "";
    public string? RecipientHouseholdPseudonym { get; init; }
    public string Category { get; init; } = "";
    /// <summary>The category's fields the policy lets you see, keyed by field name.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();
    public DateOnly OccurredOn { get; init; }
    /// <summary>The sender's organisation id (OIN).</summary>
    public string SenderOrganisation { get; init; } = "";
    public string SenderName { get; init; } = "";
    /// <summary>"consent" or the name of the legal basis, e.g. wgs-debt-help.</summary>
    public string Basis { get; init; } = "";
    /// <summary>What you may use it for, e.g. debt-help.</summary>
    public string Purpose { get; init; } = "";
    public DateTime DeliveredAt { get; init; }
    /// <summary>After this the delivery is purged.</summary>
    public DateTime ExpiresAt { get; init; }
    public DateTime? AcknowledgedAt { get; init; }
    /// <summary>The outcome you reported, if any.</summary>
    public string? Outcome { get; init; }
}
