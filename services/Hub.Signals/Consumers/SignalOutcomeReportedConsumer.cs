using Hub.Signals.Feedback;

namespace Hub.Signals.Consumers;

public sealed class SignalOutcomeReportedConsumer(Inbox<SignalsDb> inbox, CommandDecisions<SignalsDb> decisions, DeliveryDesk desk) : IConsumer<SignalOutcomeReported>
{
    public Task Consume(ConsumeContext<SignalOutcomeReported> context) =>
        inbox.ProcessOnce(context, async cancellationToken => decisions.Record(context, await desk.ReportOutcome(context.Message, cancellationToken)));
}
