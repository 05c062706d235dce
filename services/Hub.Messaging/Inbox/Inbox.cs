using Hub.Messaging.Diagnostics;
using Hub.Messaging.Outbox;
using Hub.Messaging.Storage;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Inbox;

/// <summary>
/// Idempotent receiver: applies a message's effect at most once per consumer. The effect, the
/// inbox record and any outbox messages commit in one transaction, so a redelivered message
/// (after a crash before the ack, or a duplicate publish) finds its record and does nothing.
/// </summary>
public sealed class Inbox<TDb>(
    TDb db,
    Outbox<TDb> outbox,
    OutboxSignal<TDb> signal,
    TimeProvider clock,
    ILogger<Inbox<TDb>> logger) where TDb : DbContext
{
    /// <param name="work">Changes the service's DbContext and may publish through the outbox. It runs inside the
    /// transaction, so it may save midway (to query its own changes); everything commits together or not at all.</param>
    /// <returns>True when the work ran and committed; false when the message had been processed already.</returns>
    public async Task<bool> ProcessOnce(ConsumeContext context, Func<CancellationToken, Task> work)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without a MessageId cannot be deduplicated.");
        var consumer = ConsumerName(context);
        var cancellationToken = context.CancellationToken;

        if (await AlreadyProcessed(messageId, consumer, cancellationToken))
        {
            logger.LogInformation("Message {MessageId} already processed by {Consumer}; skipped", messageId, consumer);
            return false;
        }

        outbox.CausedBy(context);
        try
        {
            await using var transaction = await BeginAsync(cancellationToken);
            // Added first, so it goes to the database with the work's own last save (no round trip of its own).
            db.Set<InboxMessage>().Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = clock.GetUtcNow().UtcDateTime });
            await work(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            // Another delivery of the same message won the race and committed first.
            if (await AlreadyProcessed(messageId, consumer, cancellationToken))
            {
                logger.LogInformation("Message {MessageId} was processed concurrently by {Consumer}; skipped", messageId, consumer);
                return false;
            }
            throw;
        }
        catch
        {
            // Nothing of a failed attempt may leak into a retry in the same scope.
            db.ChangeTracker.Clear();
            throw;
        }

        signal.Notify();
        DurabilityEvents.Write(DurabilityEvents.ConsumeCommitted, 1);
        return true;
    }

    /// <summary>
    /// Applies several messages in one transaction: one inbox query and one commit for all of them, each message's effect
    /// saved with its inbox record before the next one runs (so each sees the ones before it, as in separate transactions).
    /// Messages already processed, or repeated within the batch, are skipped. Nothing commits unless everything does.
    /// </summary>
    /// <param name="enter">Runs first in the transaction (for example to take a lock).</param>
    /// <exception cref="InboxBatchException">One message's work or save failed: the batch rolled back, the others can go again without it.</exception>
    public async Task ProcessBatch(IReadOnlyList<InboxWork> batch, Func<CancellationToken, Task> enter, CancellationToken cancellationToken)
    {
        var keys = batch.Select(w => (Id: w.Context.MessageId ?? throw new InvalidOperationException("A message without a MessageId cannot be deduplicated."), Consumer: ConsumerName(w.Context))).ToList();
        var ids = keys.Select(k => k.Id).Distinct().ToList();
        var done = (await db.Set<InboxMessage>().AsNoTracking().Where(m => ids.Contains(m.MessageId)).Select(m => new { m.MessageId, m.Consumer }).ToListAsync(cancellationToken))
            .Select(m => (m.MessageId, m.Consumer)).ToHashSet();
        try
        {
            await using var transaction = await BeginAsync(cancellationToken);
            await enter(cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                if (!done.Add(keys[i]))
                {
                    logger.LogInformation("Message {MessageId} already processed by {Consumer}; skipped", keys[i].Id, keys[i].Consumer);
                    continue;
                }
                try
                {
                    outbox.CausedBy(batch[i].Context);
                    db.Set<InboxMessage>().Add(new InboxMessage { MessageId = keys[i].Id, Consumer = keys[i].Consumer, ProcessedAt = clock.GetUtcNow().UtcDateTime });
                    await batch[i].Work(cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    throw new InboxBatchException(i, ex);
                }
                finally
                {
                    // Saved (or failing): the next message reads what it needs from the database, like a transaction of its own.
                    db.ChangeTracker.Clear();
                }
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }

        signal.Notify();
        DurabilityEvents.Write(DurabilityEvents.ConsumeCommitted, batch.Count);
    }

    /// <summary>
    /// No automatic savepoint around each SaveChanges (a statement of its own each time): a failed save never continues
    /// the transaction here, it rolls back whole, which is what makes turning them off safe.
    /// </summary>
    private Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        db.Database.AutoSavepointsEnabled = false;
        return db.Database.BeginTransactionAsync(cancellationToken);
    }

    private Task<bool> AlreadyProcessed(Guid messageId, string consumer, CancellationToken cancellationToken) =>
        db.Set<InboxMessage>().AsNoTracking().AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, cancellationToken);

    /// <summary>The receive endpoint (queue) names the consumer: one durable consumer per endpoint.</summary>
    private static string ConsumerName(ConsumeContext context)
    {
        var path = context.ReceiveContext.InputAddress.AbsolutePath;
        return path[(path.LastIndexOf('/') + 1)..];
    }
}
