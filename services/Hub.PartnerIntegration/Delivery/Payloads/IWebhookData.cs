namespace Hub.PartnerIntegration.Delivery.Payloads;

/// <summary>
/// The <c>data</c> of one webhook event: a public shape of its own, documented field by field in
/// docs/partner-webhooks.md, never a bus contract, so the Hub's messages can change without a partner noticing. A
/// change a partner would notice is a new record with the next <see cref="Version"/>, not an edit of this one.
/// </summary>
public interface IWebhookData
{
    /// <summary>The event name, in the body and in X-Hub-Event.</summary>
    static abstract string Event { get; }

    /// <summary>The version of the data's shape for this event, in the body's <c>version</c>.</summary>
    static abstract int Version { get; }
}
