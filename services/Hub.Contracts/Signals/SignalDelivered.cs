namespace Hub.Contracts.Signals;

/// <summary>
/// One signal for one recipient, with only the fields the policy allows that recipient and the
/// recipient's own pseudonym for the resident: two recipients cannot join their data on it. The
/// hub-wide signal id is deliberately absent for the same reason; the recipient refers to <see cref="DeliveryId"/>.
/// </summary>
public record SignalDelivered
{
    public required Guid DeliveryId { get; init; }
    public required string RecipientOrganisation { get; init; }
    /// <summary>"rp-" + 32 base32 characters, stable per recipient and resident.</summary>
    public required string RecipientPseudonym { get; init; }
    public string? RecipientHouseholdPseudonym { get; init; }
    public required string Category { get; init; }
    public required IReadOnlyDictionary<string, string> Details { get; init; }
    public required DateOnly OccurredOn { get; init; }
    public required string SenderOrganisation { get; init; }
    public required string SenderName { get; init; }
    /// <summary>"consent" or the name of the legal basis in the policy (e.g. "wgs-debt-help").</summary>
    public required string Basis { get; init; }
    public required string Purpose { get; init; }
    public required DateTime DeliveredAt { get; init; }
    /// <summary>The Hub purges the delivery then; the recipient's own retention rules apply to its copy.</summary>
    public required DateTime ExpiresAt { get; init; }
}
