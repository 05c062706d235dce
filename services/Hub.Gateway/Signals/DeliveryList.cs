using Bus = Hub.Contracts.Signals;

namespace Hub.Gateway.Signals;

/// <summary>The signals delivered to the caller.</summary>
public sealed record DeliveryList
{
    public required string RecipientOrganisation { get; init; }
    /// <summary>Oldest first.</summary>
    public required IReadOnlyList<DeliveryView> Deliveries { get; init; }

    internal static DeliveryList From(Bus.DeliveryList list) => new()
    {
        RecipientOrganisation = list.RecipientOrganisation,
        Deliveries = [.. list.Deliveries.Select(d => new DeliveryView
        {
            DeliveryId = d.DeliveryId,
            RecipientPseudonym = d.RecipientPseudonym,
            RecipientHouseholdPseudonym = d.RecipientHouseholdPseudonym,
            Category = d.Category,
            Details = d.Details,
            OccurredOn = d.OccurredOn,
            SenderOrganisation = d.SenderOrganisation,
            SenderName = d.SenderName,
            Basis = d.Basis,
            Purpose = d.Purpose,
            DeliveredAt = d.DeliveredAt,
            ExpiresAt = d.ExpiresAt,
            AcknowledgedAt = d.AcknowledgedAt,
            Outcome = d.Outcome,
        })],
    };
}
