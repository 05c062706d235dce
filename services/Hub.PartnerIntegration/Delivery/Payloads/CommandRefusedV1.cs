namespace Hub.PartnerIntegration.Delivery.Payloads;

/// <summary><c>command-refused</c>: which row of the partner's export the Hub did not carry out, and why.</summary>
public sealed record CommandRefusedV1(Guid CommandId, string Export, int Line, string Kind, string Reason, string? Detail, DateTime DecidedAt) : IWebhookData
{
    public static string Event => "command-refused";
    public static int Version => 1;
}
