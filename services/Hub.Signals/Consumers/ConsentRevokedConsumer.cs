using Hub.Signals.Consents;

namespace Hub.Signals.Consumers;

/// <summary>Commits the revocation before the message is acknowledged: from then on every routing decision sees it.</summary>
public sealed class ConsentRevokedConsumer(Inbox<SignalsDb> inbox, CommandDecisions<SignalsDb> decisions, ConsentRegistry consents) : IConsumer<ConsentRevoked>
{
    public Task Consume(ConsumeContext<ConsentRevoked> context) =>
        inbox.ProcessOnce(context, async cancellationToken => decisions.Record(context, await consents.Revoke(context.Message, cancellationToken)));
}
