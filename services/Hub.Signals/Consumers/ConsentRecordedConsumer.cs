using Hub.Signals.Consents;

namespace Hub.Signals.Consumers;

public sealed class ConsentRecordedConsumer(Inbox<SignalsDb> inbox, CommandDecisions<SignalsDb> decisions, ConsentRegistry consents) : IConsumer<ConsentRecorded>
{
    public Task Consume(ConsumeContext<ConsentRecorded> context) =>
        inbox.ProcessOnce(context, async cancellationToken => decisions.Record(context, await consents.Record(context.Message, cancellationToken)));
}
