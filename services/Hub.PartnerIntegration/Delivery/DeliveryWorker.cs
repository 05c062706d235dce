using System.Diagnostics.Metrics;
using Hub.Contracts.Partners;
using Hub.Messaging.Outbox;
using Hub.PartnerIntegration.Options;
using Hub.PartnerIntegration.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>
/// Pushes pending deliveries to each partner in the order they were stored. Only the oldest pending
/// delivery of a partner is ever tried; while it waits for its next attempt (backoff with jitter, or an
/// open circuit) nothing else goes to that partner, so order holds and a partner that is down sees one
/// request per wait, not a loop. Each partner has a loop of its own (the bulkhead): a partner whose
/// system is slow, hangs until the attempt timeout or fails holds up only its own deliveries. The state
/// lives in the database, so a restart or a partner down for hours loses nothing. Gives up (operator
/// retry) after GiveUpAfter, or at once when the partner rejects a request with a 4xx.
/// </summary>
public sealed class DeliveryWorker<TDb>(
    IServiceScopeFactory scopes,
    PartnerAdapter<TDb> adapter,
    WebhookSender<TDb> sender,
    DeliveryWake<TDb> wake,
    TimeProvider clock,
    IMeterFactory meters,
    ILogger<DeliveryWorker<TDb>> logger) : BackgroundService where TDb : PartnerAdapterDb
{
    // Created with the worker; the meter reads them at each metrics collection.
    private readonly ObservableGauge<long>[] _backlog =
    [
        meters.Create(WebhookMetrics.Meter).CreateObservableGauge(WebhookMetrics.Pending, () => MeasureBacklog(scopes, adapter, logger, DeliveryStatus.Pending),
            "{delivery}", "Webhook deliveries waiting for their partner (a partner that is down makes this grow)."),
        meters.Create(WebhookMetrics.Meter).CreateObservableGauge(WebhookMetrics.Failed, () => MeasureBacklog(scopes, adapter, logger, DeliveryStatus.Failed),
            "{delivery}", "Webhook deliveries given up on, waiting for an operator's retry at the console."),
    ];

    // The partners are those configured at start: their HTTP clients (timeout, circuit) are registered then too.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(adapter.Options.Partners
        .Where(p => p.WebhookUrl is not null)
        .Select(p => Task.Run(() => RunPartnerAsync(p, stoppingToken), stoppingToken)));

    private async Task RunPartnerAsync(PartnerOptions partner, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await DeliverDueAsync(partner, adapter.Options.Delivery, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Webhook delivery to partner {Partner} failed; trying again shortly", partner.OrganisationId);
                wait = TimeSpan.FromSeconds(5);
            }
            if (wait > TimeSpan.Zero)
            {
                // New work for this partner wakes its loop at once; otherwise it sleeps until its earliest due attempt.
                await wake.WaitAsync(partner.OrganisationId, Min(wait, adapter.Options.Delivery.IdlePoll), stoppingToken);
            }
        }
    }

    private async Task<TimeSpan> DeliverDueAsync(PartnerOptions partner, DeliveryOptions options, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox<TDb>>();
        for (var sent = 0; sent < options.BatchPerPartner; sent++)
        {
            var head = await db.Deliveries
                .Where(d => d.PartnerId == partner.OrganisationId && d.Status == DeliveryStatus.Pending)
                .OrderBy(d => d.Sequence)
                .FirstOrDefaultAsync(ct);
            if (head is null)
            {
                return options.IdlePoll;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            if (head.NextAttemptAt > now)
            {
                return head.NextAttemptAt - now;
            }

            var outcome = await sender.SendAsync(partner, head, ct);
            Apply(head, outcome, options, outbox);
            await db.SaveChangesAsync(ct);
            if (head.Status == DeliveryStatus.Pending)
            {
                return head.NextAttemptAt - clock.GetUtcNow().UtcDateTime;
            }
        }
        return TimeSpan.Zero;
    }

    private void Apply(OutgoingDelivery delivery, DeliveryOutcome outcome, DeliveryOptions options, Outbox<TDb> outbox)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (outcome is not DeliveryOutcome.CircuitOpen)
        {
            delivery.Attempts++;
            delivery.LastAttemptAt = now;
        }
        switch (outcome)
        {
            case DeliveryOutcome.Delivered:
                delivery.Status = DeliveryStatus.Delivered;
                delivery.DeliveredAt = now;
                delivery.LastError = null;
                return;
            case DeliveryOutcome.Rejected rejected:
                Fail(delivery, $"partner rejected the request ({rejected.Error})", outbox, now);
                return;
            case DeliveryOutcome.Transient transient:
                delivery.LastError = transient.Error;
                delivery.FirstFailedAt ??= now;
                var backoff = Backoff.After(delivery.Attempts, options.InitialBackoff, options.MaxBackoff, Random.Shared.NextDouble());
                delivery.NextAttemptAt = now + Max(backoff, Min(transient.RetryAfter, options.MaxBackoff));
                break;
            case DeliveryOutcome.CircuitOpen open:
                delivery.FirstFailedAt ??= now;
                // The circuit says when it lets a trial through; waiting less would only spin.
                delivery.NextAttemptAt = now + Max(options.InitialBackoff, Min(open.RetryAfter, options.BreakDuration));
                break;
        }
        if (now - delivery.FirstFailedAt >= options.GiveUpAfter)
        {
            Fail(delivery, $"still failing after {options.GiveUpAfter} ({delivery.LastError})", outbox, now);
        }
    }

    private void Fail(OutgoingDelivery delivery, string reason, Outbox<TDb> outbox, DateTime now)
    {
        delivery.Status = DeliveryStatus.Failed;
        delivery.LastError = reason;
        outbox.Publish(new PartnerDeliveryFailed
        {
            DeliveryId = delivery.DeliveryId,
            Adapter = adapter.Name,
            PartnerOrganisation = delivery.PartnerId,
            EventType = delivery.EventType,
            Attempts = delivery.Attempts,
            Reason = reason,
            FailedAt = now,
        });
        logger.LogWarning("Delivery {DeliveryId} to partner {Partner} failed for good after {Attempts} attempts: {Reason}; an operator can retry it",
            delivery.DeliveryId, delivery.PartnerId, delivery.Attempts, reason);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan? b) => b is { } other && other > a ? other : a;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan? Min(TimeSpan? a, TimeSpan b) => a is { } value && value < b ? value : a is null ? null : b;

    /// <summary>Per partner, read when metrics are collected (about once a minute); every configured partner reports, 0 included.</summary>
    private static Measurement<long>[] MeasureBacklog(IServiceScopeFactory scopes, PartnerAdapter<TDb> adapter, ILogger logger, DeliveryStatus status)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var counts = scope.ServiceProvider.GetRequiredService<TDb>().Deliveries.AsNoTracking()
                .Where(d => d.Status == status)
                .GroupBy(d => d.PartnerId)
                .Select(g => new { Partner = g.Key, Count = g.LongCount() })
                .ToDictionary(g => g.Partner, g => g.Count);
            return [.. adapter.Options.Partners.Where(p => p.WebhookUrl is not null).Select(p => new Measurement<long>(counts.GetValueOrDefault(p.OrganisationId),
                new KeyValuePair<string, object?>(WebhookMetrics.PartnerTag, p.OrganisationId),
                new KeyValuePair<string, object?>(WebhookMetrics.AdapterTag, adapter.Name)))];
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Reading the webhook backlog of {Adapter} failed", adapter.Name);
            return [];
        }
    }
}
