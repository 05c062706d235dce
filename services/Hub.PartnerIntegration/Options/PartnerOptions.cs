namespace Hub.PartnerIntegration.Options;

/// <summary>One partner organisation: where its exports arrive and where its webhook is.</summary>
public sealed class PartnerOptions
{
    /// <summary>The organisation id (OIN) as in the gateway's partner registry and the signal policy.</summary>
    public string OrganisationId { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The partner's role in the signal policy (housing-corporation, school, police).</summary>
    public string Role { get; set; } = "";
    /// <summary>A folder the partner drops CSV exports into; files are picked up once they end in .csv (write elsewhere, then rename).</summary>
    public string? DropFolder { get; set; }
    /// <summary>The partner system's export API, polled for new exports (GET exports, GET exports/{id}).</summary>
    public Uri? ExportApi { get; set; }
    /// <summary>Sent as X-Api-Key to the partner's export API.</summary>
    public string? ExportApiKey { get; set; }
    /// <summary>Where the adapter pushes what the Hub routes to this partner; none means nothing is pushed.</summary>
    public Uri? WebhookUrl { get; set; }
    /// <summary>The shared secret the webhook requests are signed with (HMAC-SHA256); at least 32 characters.</summary>
    public string WebhookSecret { get; set; } = "";
}
