namespace Hub.Contracts.Partners;

/// <summary>One webhook delivery as the adapter holds it, without its payload.</summary>
public record AdapterDelivery
{
    public required Guid DeliveryId { get; init; }
    public required string PartnerOrganisation { get; init; }
    public required string EventType { get; init; }
    public required string Status { get; init; }
    public required int Attempts { get; init; }
    public required DateTime CreatedAt { get; init; }
    public DateTime? NextAttemptAt { get; init; }
    public DateTime? DeliveredAt { get; init; }
    public string? LastError { get; init; }
}
