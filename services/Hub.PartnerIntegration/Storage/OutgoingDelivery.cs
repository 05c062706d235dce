namespace Hub.PartnerIntegration.Storage;

/// <summary>Something the Hub routed to a partner, waiting for (or done with) its push to the partner's webhook.</summary>
public sealed class OutgoingDelivery
{
    public long Sequence { get; set; }
    /// <summary>Sent as X-Hub-Delivery-Id on every attempt, so the partner can drop a repeat.</summary>
    public Guid DeliveryId { get; set; }
    public required string PartnerId { get; set; }
    public required string EventType { get; set; }
    /// <summary>The JSON body pushed to the partner (what the partner may see: pseudonyms only, no BSN).</summary>
    public required string Payload { get; set; }
    public DeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public DateTime? FirstFailedAt { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
    /// <summary>Status code or exception type of the last failed attempt; never a response body.</summary>
    public string? LastError { get; set; }
}
