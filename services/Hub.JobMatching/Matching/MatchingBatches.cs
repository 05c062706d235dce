using Hub.Messaging.Storage;

namespace Hub.JobMatching.Matching;

/// <summary>
/// Applies matching changes in batches (group commit): the messages that arrive while one transaction runs go together in
/// the next one, with one inbox query, one matching lock, one catch-up check and one commit, instead of a transaction each.
/// Under light load a batch is a single message, so nothing waits for a timer. Failure stays per message: when one
/// message's work fails, the batch rolls back, that message alone gets the failure (and with it MassTransit's retries and
/// error queue, one attempt each time), and the others go again without it. A failure that belongs to no one message
/// (the lock, the catch-up, the commit) sends each message through a transaction of its own.
/// </summary>
public sealed class MatchingBatches(IServiceScopeFactory scopes, ILogger<MatchingBatches> logger)
{
    /// <summary>Enough to spread the transaction's fixed round trips thin; small enough that a rollback redoes little.</summary>
    public const int MaxBatch = 32;

    private readonly Lock _gate = new();
    private readonly List<Pending> _pending = [];
    private bool _draining;

    /// <summary>
    /// Applies the partner's command <paramref name="work"/> once for this message, with <typeparamref name="TService"/> from
    /// the batch's scope, and publishes its decision (applied, or refused and why) in the same transaction; completes when
    /// committed.
    /// </summary>
    public Task Apply<TService>(ConsumeContext context, Func<TService, CancellationToken, Task<CommandDecision>> work) where TService : notnull
    {
        var item = new Pending(context, async (services, cancellationToken) =>
        {
            services.GetRequiredService<CommandDecisions<MatchingDb>>().Record(context, await work(services.GetRequiredService<TService>(), cancellationToken));
        });
        lock (_gate)
        {
            _pending.Add(item);
            if (_draining)
            {
                return item.Done.Task;
            }
            _draining = true;
        }
        _ = Task.Run(DrainAsync);
        return item.Done.Task;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _draining = false;
                    return;
                }
                batch = _pending[..Math.Min(MaxBatch, _pending.Count)];
                _pending.RemoveRange(0, batch.Count);
            }
            await RunAsync(batch);
        }
    }

    private async Task RunAsync(List<Pending> batch)
    {
        while (batch.Count > 0)
        {
            try
            {
                await TogetherAsync(batch);
                batch.ForEach(item => item.Done.TrySetResult());
                return;
            }
            catch (InboxBatchException failed)
            {
                var item = batch[failed.Index];
                batch.RemoveAt(failed.Index);
                if (failed.InnerException is DbUpdateException update && UniqueViolation.Is(update))
                {
                    // Possibly a duplicate that another instance committed meanwhile: the single path tells which.
                    await AloneAsync(item);
                }
                else
                {
                    item.Done.TrySetException(failed.InnerException!);
                }
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A batch of {Count} matching changes failed as a whole; applying them one by one", batch.Count);
                foreach (var item in batch)
                {
                    await AloneAsync(item);
                }
                return;
            }
        }
    }

    private async Task TogetherAsync(List<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<MatchingDb>();
        var engine = services.GetRequiredService<EngineSync>();
        var entry = 0L;
        await services.GetRequiredService<Inbox<MatchingDb>>().ProcessBatch(
            [.. batch.Select(item => new InboxWork(item.Context, cancellationToken => item.Work(services, cancellationToken)))],
            async cancellationToken => entry = await engine.EnterAsync(db, cancellationToken),
            CancellationToken.None);
        engine.Committed(entry);
        logger.LogDebug("Applied {Count} matching changes in one transaction", batch.Count);
    }

    private async Task AloneAsync(Pending item)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            await services.GetRequiredService<MatchingInbox>().ProcessOnce(item.Context, cancellationToken => item.Work(services, cancellationToken));
            item.Done.TrySetResult();
        }
        catch (Exception ex)
        {
            item.Done.TrySetException(ex);
        }
    }

    private sealed record Pending(ConsumeContext Context, Func<IServiceProvider, CancellationToken, Task> Work)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
