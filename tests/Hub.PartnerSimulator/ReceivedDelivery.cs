namespace Hub.PartnerSimulator;

/// <summary>A webhook request the simulated partner accepted, first time for its delivery id, with its signature headers as sent.</summary>
public sealed record ReceivedDelivery(Guid DeliveryId, string Event, string Body, DateTimeOffset ReceivedAt, string Timestamp, string Signature);
