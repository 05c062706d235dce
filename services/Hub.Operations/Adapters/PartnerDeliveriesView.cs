namespace Hub.Operations.Adapters;

/// <summary>The webhook deliveries of all partner adapters, and the adapters that did not answer (their deliveries are missing).</summary>
public sealed record PartnerDeliveriesView(IReadOnlyList<PartnerDeliveryView> Deliveries, IReadOnlyList<string> NotAnswering);

/// <summary>One webhook delivery to a partner system, without its content; <see cref="AreaId"/> is that of what it delivered.</summary>
public sealed record PartnerDeliveryView(string Adapter, Guid DeliveryId, string PartnerOrganisation, string EventType, string Status, int Attempts,
    DateTime CreatedAt, DateTime? NextAttemptAt, DateTime? DeliveredAt, string? LastError, string? AreaId)
{
    public static PartnerDeliveryView Of(string adapter, AdapterDeliveryView delivery, string? areaId) => new(adapter, delivery.DeliveryId,
        delivery.PartnerOrganisation, delivery.EventType, delivery.Status, delivery.Attempts, delivery.CreatedAt, delivery.NextAttemptAt, delivery.DeliveredAt,
        delivery.LastError, areaId);
}
