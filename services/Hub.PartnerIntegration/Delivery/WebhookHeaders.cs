namespace Hub.PartnerIntegration.Delivery;

/// <summary>The headers of a webhook request, as documented for partners (docs/partner-webhooks.md).</summary>
public static class WebhookHeaders
{
    /// <summary>The same on every attempt of one delivery: a partner that saw it already acknowledges and ignores it.</summary>
    public const string DeliveryId = "X-Hub-Delivery-Id";
    public const string Event = "X-Hub-Event";
    /// <summary>Unix seconds when this attempt was signed; partners reject old ones (replays).</summary>
    public const string Timestamp = "X-Hub-Timestamp";
    /// <summary>"v1=" + hex HMAC-SHA256(secret, timestamp + "." + body).</summary>
    public const string Signature = "X-Hub-Signature";
}
