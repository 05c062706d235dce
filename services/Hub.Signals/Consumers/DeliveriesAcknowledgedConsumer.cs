using Hub.Signals.Feedback;

namespace Hub.Signals.Consumers;

public sealed class DeliveriesAcknowledgedConsumer(Inbox<SignalsDb> inbox, CommandDecisions<SignalsDb> decisions, DeliveryDesk desk) : IConsumer<DeliveriesAcknowledged>
{
    public Task Consume(ConsumeContext<DeliveriesAcknowledged> context) =>
        inbox.ProcessOnce(context, async cancellationToken => decisions.Record(context, await desk.Acknowledge(context.Message, cancellationToken)));
}
