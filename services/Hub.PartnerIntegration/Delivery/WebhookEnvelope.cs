using Hub.PartnerIntegration.Delivery.Payloads;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>The JSON body of every webhook request: which event in which version, its id (also in X-Hub-Delivery-Id), and the event's data.</summary>
public sealed record WebhookEnvelope<TData>(Guid DeliveryId, string Event, int Version, DateTime OccurredAt, TData Data) where TData : IWebhookData;
