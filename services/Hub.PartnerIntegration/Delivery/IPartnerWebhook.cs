using Refit;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>
/// A partner's webhook. The base address is the webhook's origin, the path its path; signing happens in the HTTP
/// pipeline. The raw response comes back (no exception for a non-2xx), so the sender can tell "later" from "never".
/// </summary>
public interface IPartnerWebhook
{
    [Post("/{**path}")]
    Task<HttpResponseMessage> DeliverAsync(
        string path,
        [Body] HttpContent body,
        [Header(WebhookHeaders.DeliveryId)] string deliveryId,
        [Header(WebhookHeaders.Event)] string eventType,
        CancellationToken ct);
}
