using Hub.Signals.Routing;

namespace Hub.Signals.Consumers;

/// <summary>Routes a signal; decisions, disclosure log and outgoing messages commit with the inbox record.</summary>
public sealed class SignalRaisedConsumer(Inbox<SignalsDb> inbox, CommandDecisions<SignalsDb> decisions, SignalRouter router) : IConsumer<SignalRaised>
{
    public Task Consume(ConsumeContext<SignalRaised> context) =>
        inbox.ProcessOnce(context, async cancellationToken => decisions.Record(context, await router.Route(context.Message, cancellationToken)));
}
