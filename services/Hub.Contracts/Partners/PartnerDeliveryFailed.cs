namespace Hub.Contracts.Partners;

/// <summary>
/// A partner adapter gave up pushing something to a partner's system (the partner kept failing past the
/// give-up time, or rejected the request). The delivery stays stored at the adapter, where an operator
/// can retry it. No content and no pseudonyms: only what an operator needs to find it.
/// </summary>
public record PartnerDeliveryFailed
{
    public required Guid DeliveryId { get; init; }
    /// <summary>The adapter that holds the delivery: Housing, Schools or Police.</summary>
    public required string Adapter { get; init; }
    public required string PartnerOrganisation { get; init; }
    /// <summary>signal-delivered, multi-problem-detected or proposal-made.</summary>
    public required string EventType { get; init; }
    public required int Attempts { get; init; }
    public required string Reason { get; init; }
    public required DateTime FailedAt { get; init; }
}
