namespace Hub.JobMatching.Matching;

/// <summary>The inbox for one matching change on its own: the work runs under the matching lock, on an up-to-date engine.</summary>
public sealed class MatchingInbox(Inbox<MatchingDb> inbox, MatchingDb db, EngineSync engine)
{
    public async Task ProcessOnce(ConsumeContext context, Func<CancellationToken, Task> work)
    {
        var entry = 0L;
        if (await inbox.ProcessOnce(context, async cancellationToken =>
            {
                entry = await engine.EnterAsync(db, cancellationToken);
                await work(cancellationToken);
            }))
        {
            engine.Committed(entry);
        }
    }
}
