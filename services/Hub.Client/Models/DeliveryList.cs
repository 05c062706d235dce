namespace Hub.Client.Models;

/// <summary>The signals delivered to the asking organisation, oldest first.</summary>
public sealed record DeliveryList
{
    public string RecipientOrganisation { get; init; } = "";
    public IReadOnlyList<DeliveryView> Deliveries { get; init; } = [];
}
