using Hub.Contracts.Signals;
using Hub.Messaging.Commands;
using Hub.Messaging.Inbox;
using Hub.Signals.Consents;
using Hub.Signals.Storage;
using MassTransit;

namespace Hub.Signals.Consumers;

public sealed class ConsentRecordedConsumer(Inbox<SignalsDb> inbox, CommandDecisions<SignalsDb> decisions, ConsentRegistry consents) : IConsumer<ConsentRecorded>
{
    public Task Consume(ConsumeContext<ConsentRecorded> context) =>
        inbox.ProcessOnce(context, async cancellationToken => decisions.Record(context, await consents.Record(context.Message, cancellationToken)));
}
