using Hub.Contracts.Signals;
using Hub.Signals.Storage;

namespace Hub.Signals.Routing;

internal static class DeliveryMapping
{
    public static SignalDelivered ToMessage(this Delivery delivery, string senderName) => new()
    {
        DeliveryId = delivery.Id,
        RecipientOrganisation = delivery.RecipientOrganisation,
        RecipientPseudonym = delivery.RecipientPseudonym,
        RecipientHouseholdPseudonym = delivery.RecipientHouseholdPseudonym,
        Category = delivery.Category,
        Details = delivery.Details,
        OccurredOn = delivery.OccurredOn,
        SenderOrganisation = delivery.SenderOrganisation,
        SenderName = senderName,
        Basis = delivery.Basis,
        Purpose = delivery.Purpose,
        DeliveredAt = delivery.DeliveredAt,
        ExpiresAt = delivery.ExpiresAt,
    };

    public static DeliveryView ToView(this Delivery delivery, string senderName) => new()
    {
        DeliveryId = delivery.Id,
        RecipientPseudonym = delivery.RecipientPseudonym,
        RecipientHouseholdPseudonym = delivery.RecipientHouseholdPseudonym,
        Category = delivery.Category,
        Details = delivery.Details,
        OccurredOn = delivery.OccurredOn,
        SenderOrganisation = delivery.SenderOrganisation,
        SenderName = senderName,
        Basis = delivery.Basis,
        Purpose = delivery.Purpose,
        DeliveredAt = delivery.DeliveredAt,
        ExpiresAt = delivery.ExpiresAt,
        AcknowledgedAt = delivery.AcknowledgedAt,
        Outcome = delivery.Outcome,
    };
}
