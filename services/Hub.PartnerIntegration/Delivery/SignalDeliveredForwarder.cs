using Hub.Contracts.Signals;
using Hub.PartnerIntegration.Delivery.Payloads;
using Hub.PartnerIntegration.Storage;
using MassTransit;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>A signal routed to one of the adapter's partners goes to its webhook; the policy already minimised it.</summary>
public sealed class SignalDeliveredForwarder<TDb>(DeliveryQueue<TDb> deliveries) : IConsumer<SignalDelivered> where TDb : PartnerAdapterDb
{
    public Task Consume(ConsumeContext<SignalDelivered> context) =>
        deliveries.EnqueueAsync(context, context.Message.RecipientOrganisation, context.Message.DeliveryId, context.Message.ToWebhookData());
}
