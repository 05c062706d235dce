namespace Hub.Contracts.Signals;

/// <summary>A delivery as its recipient sees it: the same content as <see cref="SignalDelivered"/>, plus its state.</summary>
public record DeliveryView
{
    public required Guid DeliveryId { get; init; }
    public required string RecipientPseudonym { get; init; }
    public string? RecipientHouseholdPseudonym { get; init; }
    public required string Category { get; init; }
    public required IReadOnlyDictionary<string, string> Details { get; init; }
    public required DateOnly OccurredOn { get; init; }
    public required string SenderOrganisation { get; init; }
    public required string SenderName { get; init; }
    public required string Basis { get; init; }
    public required string Purpose { get; init; }
    public required DateTime DeliveredAt { get; init; }
    public required DateTime ExpiresAt { get; init; }
    public DateTime? AcknowledgedAt { get; init; }
    public string? Outcome { get; init; }
}
