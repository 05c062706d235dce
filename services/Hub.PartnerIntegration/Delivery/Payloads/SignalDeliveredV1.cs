namespace Hub.PartnerIntegration.Delivery.Payloads;

/// <summary><c>signal-delivered</c>: a signal the policy routed to the partner, with only the fields it allows that partner.</summary>
public sealed record SignalDeliveredV1(
    Guid DeliveryId,
    string RecipientOrganisation,
    string RecipientPseudonym,
    string? RecipientHouseholdPseudonym,
    string Category,
    IReadOnlyDictionary<string, string> Details,
    DateOnly OccurredOn,
    string SenderOrganisation,
    string SenderName,
    string Basis,
    string Purpose,
    DateTime DeliveredAt,
    DateTime ExpiresAt) : IWebhookData
{
    public static string Event => "signal-delivered";
    public static int Version => 1;
}
