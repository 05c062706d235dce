using Hub.Contracts.Matching;
using Hub.PartnerIntegration.Delivery.Payloads;
using Hub.PartnerIntegration.Storage;
using MassTransit;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>
/// A candidate proposed for a vacancy of one of the adapter's partners (housing corporations employ people too).
/// The employer learns why, not who: the subject pseudonym stays out, as in the gateway's proposal view.
/// </summary>
public sealed class ProposalMadeForwarder<TDb>(DeliveryQueue<TDb> deliveries) : IConsumer<ProposalMade> where TDb : PartnerAdapterDb
{
    public Task Consume(ConsumeContext<ProposalMade> context) =>
        deliveries.EnqueueAsync(context, context.Message.EmployerId, context.Message.ProposalId, context.Message.ToWebhookData());
}
