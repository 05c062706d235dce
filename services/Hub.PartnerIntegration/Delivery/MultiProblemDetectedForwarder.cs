using Hub.Contracts.Signals;
using Hub.PartnerIntegration.Delivery.Payloads;
using Hub.PartnerIntegration.Storage;
using MassTransit;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>A multi-problem notice for one of the adapter's partners: who else is involved, no content.</summary>
public sealed class MultiProblemDetectedForwarder<TDb>(DeliveryQueue<TDb> deliveries) : IConsumer<MultiProblemDetected> where TDb : PartnerAdapterDb
{
    public Task Consume(ConsumeContext<MultiProblemDetected> context) =>
        deliveries.EnqueueAsync(context, context.Message.RecipientOrganisation, context.Message.NotificationId, context.Message.ToWebhookData());
}
