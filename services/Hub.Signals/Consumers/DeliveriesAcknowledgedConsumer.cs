using Hub.Contracts.Signals;
using Hub.Messaging.Commands;
using Hub.Messaging.Inbox;
using Hub.Signals.Feedback;
using Hub.Signals.Storage;
using MassTransit;

namespace Hub.Signals.Consumers;

public sealed class DeliveriesAcknowledgedConsumer(Inbox<SignalsDb> inbox, CommandDecisions<SignalsDb> decisions, DeliveryDesk desk) : IConsumer<DeliveriesAcknowledged>
{
    public Task Consume(ConsumeContext<DeliveriesAcknowledged> context) =>
        inbox.ProcessOnce(context, async cancellationToken => decisions.Record(context, await desk.Acknowledge(context.Message, cancellationToken)));
}
