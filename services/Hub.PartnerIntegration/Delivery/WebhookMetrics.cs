namespace Hub.PartnerIntegration.Delivery;

/// <summary>The webhook delivery metric names, as the dashboard and the alert rules in infra/prometheus read them.</summary>
public static class WebhookMetrics
{
    public const string Meter = "Hub.PartnerIntegration";
    public const string Pending = "hub.webhook.pending";
    public const string Failed = "hub.webhook.failed";
    /// <summary>The partner's organisation id (OIN): an operator's figure, no personal data.</summary>
    public const string PartnerTag = "hub.partner";
    public const string AdapterTag = "hub.adapter";
}
