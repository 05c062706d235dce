namespace Hub.PartnerIntegration.Storage;

public enum DeliveryStatus
{
    Pending,
    Delivered,
    /// <summary>Given up on; an operator can retry it.</summary>
    Failed,
}
