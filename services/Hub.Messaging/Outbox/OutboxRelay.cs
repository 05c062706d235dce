using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Hub.Messaging.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows in commit order, waits for the broker's confirms, then marks
/// them sent. A crash in between re-sends them on restart with the same MessageId, which the
/// receivers' inboxes drop: at-least-once on the wire, exactly-once in effect.
/// </summary>
public sealed class OutboxRelay<TDb>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal<TDb> signal,
    TimeProvider clock,
    IOptions<DurableMessagingOptions> options,
    IMeterFactory meters,
    ILogger<OutboxRelay<TDb>> logger) : BackgroundService where TDb : DbContext
{
    private static readonly ActivitySource Source = new("Hub.Messaging");

    // Created with the relay; the meter reads them at each metrics collection.
    private readonly ObservableGauge<long>[] _backlog =
    [
        meters.Create(OutboxMetrics.Meter).CreateObservableGauge(OutboxMetrics.Pending,
            () => MeasureBacklog(scopes, logger, waiting => waiting.LongCount()),
            "{message}", "Outbox messages committed and not yet confirmed by the broker."),
        meters.Create(OutboxMetrics.Meter).CreateObservableGauge(OutboxMetrics.OldestPendingAge,
            () => MeasureBacklog(scopes, logger, waiting => waiting.Min(m => (DateTime?)m.CreatedAt) is { } since
                ? (long)Math.Max(0, (clock.GetUtcNow().UtcDateTime - since).TotalSeconds)
                : 0),
            "s", "Seconds since the oldest unconfirmed outbox message was committed; 0 when none waits."),
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var nextCleanup = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await RelayBatchAsync(settings.RelayBatchSize, stoppingToken);
                if (clock.GetUtcNow() >= nextCleanup)
                {
                    await CleanUpAsync(settings, stoppingToken);
                    nextCleanup = clock.GetUtcNow() + settings.CleanupInterval;
                }
                if (sent < settings.RelayBatchSize)
                {
                    await signal.WaitAsync(settings.RelayPollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Outbox relay for {Database} failed; retrying in {Backoff}", typeof(TDb).Name, settings.RelayErrorBackoff);
                await Task.Delay(settings.RelayErrorBackoff, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Publishes one batch; returns how many messages were sent.</summary>
    public async Task<int> RelayBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        // On PostgreSQL several instances of a service share one outbox: each claims its batch with row
        // locks held until the rows are marked, so no two relays publish the same rows. SQLite is the
        // embedded single-instance mode and needs no claim.
        await using var claim = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var pending = await PendingBatch(db, batchSize, claim is not null, cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        DurabilityEvents.Write(DurabilityEvents.OutboxRead, pending.Count);
        using var publishing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        publishing.CancelAfter(options.Value.RelayPublishTimeout);
        var results = await Task.WhenAll(pending.Select(m => TryPublishAsync(m, publishing.Token, cancellationToken)));
        DurabilityEvents.Write(DurabilityEvents.OutboxPublished, results.Count(published => published));

        var sent = pending.Where((_, i) => results[i]).Select(m => m.Sequence).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<OutboxMessage>()
            .Where(m => sent.Contains(m.Sequence))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now), cancellationToken);
        if (claim is not null)
        {
            await claim.CommitAsync(cancellationToken);
        }

        if (sent.Count < pending.Count)
        {
            throw new InvalidOperationException($"{pending.Count - sent.Count} of {pending.Count} outbox messages were not confirmed by the broker.");
        }
        return sent.Count;
    }

    private static Task<List<OutboxMessage>> PendingBatch(TDb db, int batchSize, bool claim, CancellationToken cancellationToken)
    {
        var outbox = db.Set<OutboxMessage>();
        if (!claim)
        {
            return outbox.AsNoTracking().Where(m => m.SentAt == null).OrderBy(m => m.Sequence).Take(batchSize).ToListAsync(cancellationToken);
        }
        var table = db.Model.FindEntityType(typeof(OutboxMessage))!;
        string Column(string property) => table.FindProperty(property)!.GetColumnName();
        var sql = $$"""
            SELECT * FROM {{table.GetTableName()}}
            WHERE "{{Column(nameof(OutboxMessage.SentAt))}}" IS NULL
            ORDER BY "{{Column(nameof(OutboxMessage.Sequence))}}"
            LIMIT {0}
            FOR UPDATE SKIP LOCKED
            """;
        return outbox.FromSqlRaw(sql, batchSize).AsNoTracking().ToListAsync(cancellationToken);
    }

    /// <param name="publishing">Ends the wait for the confirm (timeout or stop): the message counts as not sent and goes out again.</param>
    private async Task<bool> TryPublishAsync(OutboxMessage message, CancellationToken publishing, CancellationToken stopping)
    {
        try
        {
            var type = MessageTypes.Resolve(message.MessageType);
            var body = JsonSerializer.Deserialize(message.Body, type, MessageTypes.Json)
                ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has an empty body.");

            using var activity = message.TraceParent is null
                ? null
                : Source.StartActivity("outbox relay", ActivityKind.Producer, message.TraceParent);
            await bus.Publish(body, type, context =>
            {
                context.MessageId = message.MessageId;
                context.ConversationId = message.ConversationId;
                context.CorrelationId = message.CorrelationId;
                context.InitiatorId = message.InitiatorId;
                context.Durable = true;
            }, publishing).WaitAsync(publishing); // a publish stuck after a broker crash does not always observe its token
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Publishing outbox message {MessageId} failed", message.MessageId);
            return false;
        }
    }

    private async Task CleanUpAsync(DurableMessagingOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var sentBefore = now - settings.SentMessageRetention;
        var processedBefore = now - settings.InboxRetention;
        var sent = await db.Set<OutboxMessage>().Where(m => m.SentAt != null && m.SentAt < sentBefore).ExecuteDeleteAsync(cancellationToken);
        var seen = await db.Set<Inbox.InboxMessage>().Where(m => m.ProcessedAt < processedBefore).ExecuteDeleteAsync(cancellationToken);
        if (sent + seen > 0)
        {
            logger.LogInformation("Outbox cleanup for {Database}: {Sent} sent messages and {Seen} inbox records removed", typeof(TDb).Name, sent, seen);
        }
    }

    /// <summary>One figure about the unsent rows, read when metrics are collected (about once a minute), so it costs nothing in between.</summary>
    private static Measurement<long>[] MeasureBacklog(IServiceScopeFactory scopes, ILogger logger, Func<IQueryable<OutboxMessage>, long> read)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var waiting = scope.ServiceProvider.GetRequiredService<TDb>().Set<OutboxMessage>().AsNoTracking().Where(m => m.SentAt == null);
            return [new(read(waiting), new KeyValuePair<string, object?>(OutboxMetrics.OutboxTag, typeof(TDb).Name))];
        }
        catch (Exception ex)
        {
            // No figure rather than a wrong one: a database that cannot be read shows in the readiness check.
            logger.LogWarning(ex, "Reading the outbox backlog of {Database} failed", typeof(TDb).Name);
            return [];
        }
    }
}
