namespace Hub.Contracts.Signals;

/// <summary>A recipient confirms it has taken over deliveries it pulled; they leave its list of new deliveries.</summary>
public record DeliveriesAcknowledged
{
    public required string RecipientOrganisation { get; init; }
    public required IReadOnlyList<Guid> DeliveryIds { get; init; }
    public required DateTime AcknowledgedAt { get; init; }
}
