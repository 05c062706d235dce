namespace Hub.PartnerIntegration.Delivery;

/// <summary>The JSON body of every webhook request: which event, its id (also in X-Hub-Delivery-Id), and the event's data.</summary>
public sealed record WebhookEnvelope(Guid DeliveryId, string Event, DateTime OccurredAt, object Data);
