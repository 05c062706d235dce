using Refit;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>A partner's webhook. The base address is the webhook's origin, the path its path; signing happens in the HTTP pipeline.</summary>
public interface IPartnerWebhook
{
    [Post("/{**path}")]
    Task<IApiResponse> DeliverAsync(
        string path,
        [Body] HttpContent body,
        [Header(WebhookHeaders.DeliveryId)] string deliveryId,
        [Header(WebhookHeaders.Event)] string eventType,
        CancellationToken ct);
}
