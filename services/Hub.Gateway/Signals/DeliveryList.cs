namespace Hub.Gateway.Signals;

/// <summary>The signals delivered to the caller.</summary>
public sealed record DeliveryList
{
    public required string RecipientOrganisation { get; init; }
    /// <summary>Oldest first.</summary>
    public required IReadOnlyList<DeliveryView> Deliveries { get; init; }
}
