using Hub.JobMatching.Matching;
using Hub.JobMatching.Storage;
using Hub.Messaging.Inbox;
using MassTransit;

namespace Hub.JobMatching.Consumers;

/// <summary>The inbox of consumers that change matching state: their work runs under the matching lock, on an up-to-date engine.</summary>
public sealed class MatchingInbox(Inbox<MatchingDb> inbox, MatchingDb db, EngineSync engine)
{
    public Task ProcessOnce(ConsumeContext context, Func<CancellationToken, Task> work) =>
        inbox.ProcessOnce(context, async cancellationToken =>
        {
            await engine.EnterAsync(db, cancellationToken);
            await work(cancellationToken);
        });
}
