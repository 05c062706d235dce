namespace Hub.Contracts.Partners;

/// <summary>What became of a <see cref="RetryPartnerDelivery"/>: retrying, not-found, or not-failed (with the delivery's state).</summary>
public record PartnerDeliveryRetry
{
    public required Guid DeliveryId { get; init; }
    public required string Outcome { get; init; }
    public string? Detail { get; init; }
}
