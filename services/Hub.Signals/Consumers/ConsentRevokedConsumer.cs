using Hub.Contracts.Signals;
using Hub.Messaging.Commands;
using Hub.Messaging.Inbox;
using Hub.Signals.Consents;
using Hub.Signals.Storage;
using MassTransit;

namespace Hub.Signals.Consumers;

/// <summary>Commits the revocation before the message is acknowledged: from then on every routing decision sees it.</summary>
public sealed class ConsentRevokedConsumer(Inbox<SignalsDb> inbox, CommandDecisions<SignalsDb> decisions, ConsentRegistry consents) : IConsumer<ConsentRevoked>
{
    public Task Consume(ConsumeContext<ConsentRevoked> context) =>
        inbox.ProcessOnce(context, async cancellationToken => decisions.Record(context, await consents.Revoke(context.Message, cancellationToken)));
}
