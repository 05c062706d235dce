using Hub.Messaging.Faults;
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
    FaultInjector faults,
    TimeProvider clock,
    ILogger<Inbox<TDb>> logger) where TDb : DbContext
{
    /// <param name="work">Changes the service's DbContext and may publish through the outbox. It runs inside the
    /// transaction, so it may save midway (to query its own changes); everything commits together or not at all.</param>
    public async Task ProcessOnce(ConsumeContext context, Func<CancellationToken, Task> work)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("A message without a MessageId cannot be deduplicated.");
        var consumer = ConsumerName(context);
        var cancellationToken = context.CancellationToken;

        if (await AlreadyProcessed(messageId, consumer, cancellationToken))
        {
            logger.LogInformation("Message {MessageId} already processed by {Consumer}; skipped", messageId, consumer);
            return;
        }

        outbox.CausedBy(context);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await work(cancellationToken);
            db.Set<InboxMessage>().Add(new InboxMessage { MessageId = messageId, Consumer = consumer, ProcessedAt = clock.GetUtcNow().UtcDateTime });
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
                return;
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
        faults.At(CrashPoint.AfterConsumeCommit);
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
