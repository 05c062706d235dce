using Hub.Contracts.Signals;
using Hub.Messaging.Inbox;
using Hub.Signals.Feedback;
using Hub.Signals.Storage;
using MassTransit;

namespace Hub.Signals.Consumers;

public sealed class DeliveriesAcknowledgedConsumer(Inbox<SignalsDb> inbox, DeliveryDesk desk) : IConsumer<DeliveriesAcknowledged>
{
    public Task Consume(ConsumeContext<DeliveriesAcknowledged> context) =>
        inbox.ProcessOnce(context, cancellationToken => desk.Acknowledge(context.Message, cancellationToken));
}
