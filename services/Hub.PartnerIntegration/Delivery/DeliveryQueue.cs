using System.Text.Json;
using Hub.Messaging.Inbox;
using Hub.PartnerIntegration.Delivery.Payloads;
using Hub.PartnerIntegration.Storage;
using MassTransit;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>
/// Takes what the Hub routed to one of this adapter's partners and stores it as a pending webhook
/// delivery, in the inbox transaction: a redelivered message adds nothing, an acked one is never lost.
/// Messages for organisations this adapter does not serve are ignored.
/// </summary>
public sealed class DeliveryQueue<TDb>(TDb db, Inbox<TDb> inbox, PartnerAdapter<TDb> adapter, DeliveryWake<TDb> wake, TimeProvider clock)
    where TDb : PartnerAdapterDb
{
    /// <param name="alongside">Other changes that belong to the same transaction; made also when the partner has no webhook.</param>
    public async Task EnqueueAsync<TData>(ConsumeContext context, string organisationId, Guid deliveryId, TData data, Action? alongside = null)
        where TData : IWebhookData
    {
        var hasWebhook = adapter.Options.Partner(organisationId) is { WebhookUrl: not null };
        if (!hasWebhook && alongside is null)
        {
            return;
        }
        await inbox.ProcessOnce(context, _ =>
        {
            alongside?.Invoke();
            if (hasWebhook)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                db.Deliveries.Add(new OutgoingDelivery
                {
                    DeliveryId = deliveryId,
                    PartnerId = organisationId,
                    EventType = TData.Event,
                    Payload = JsonSerializer.Serialize(new WebhookEnvelope<TData>(deliveryId, TData.Event, TData.Version, now, data), JsonSerializerOptions.Web),
                    Status = DeliveryStatus.Pending,
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
            return Task.CompletedTask;
        });
        if (hasWebhook)
        {
            wake.Notify(organisationId);
        }
    }
}
