using Hub.Contracts.Signals;
using Hub.Messaging.Commands;
using Hub.Messaging.Inbox;
using Hub.Signals.Feedback;
using Hub.Signals.Storage;
using MassTransit;

namespace Hub.Signals.Consumers;

public sealed class SignalOutcomeReportedConsumer(Inbox<SignalsDb> inbox, CommandDecisions<SignalsDb> decisions, DeliveryDesk desk) : IConsumer<SignalOutcomeReported>
{
    public Task Consume(ConsumeContext<SignalOutcomeReported> context) =>
        inbox.ProcessOnce(context, async cancellationToken => decisions.Record(context, await desk.ReportOutcome(context.Message, cancellationToken)));
}
