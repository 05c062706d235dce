namespace Hub.Contracts.Signals;

[Read]
public record DeliveryList
{
    public required string RecipientOrganisation { get; init; }
    /// <summary>Oldest first.</summary>
    public required IReadOnlyList<DeliveryView> Deliveries { get; init; }
}
