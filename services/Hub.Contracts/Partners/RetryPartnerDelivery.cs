namespace Hub.Contracts.Partners;

/// <summary>An operator puts a delivery that failed for good back in its partner's queue. Sent to the adapter's own queue.</summary>
public record RetryPartnerDelivery
{
    public required Guid DeliveryId { get; init; }
    /// <summary>The console user who retried it, kept in the adapter's log.</summary>
    public required string RequestedBy { get; init; }
}
