using Hub.Contracts.Signals;
using Hub.Signals.Policies;
using Hub.Signals.Routing;
using Hub.Signals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Signals.Feedback;

/// <summary>A recipient's side of its deliveries: pull them, acknowledge them, report the outcome. Only its own.</summary>
public sealed class DeliveryDesk(SignalsDb db, SignalPolicy policy, TimeProvider clock, ILogger<DeliveryDesk> logger)
{
    public const int MaxNoteLength = 2000;

    public async Task<DeliveryList> List(GetDeliveries request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var deliveries = await db.Deliveries.AsNoTracking()
            .Where(d => d.RecipientOrganisation == request.RecipientOrganisation && d.ExpiresAt > now
                && (request.IncludeAcknowledged || d.AcknowledgedAt == null))
            .OrderBy(d => d.DeliveredAt).ThenBy(d => d.Id)
            .Take(Math.Clamp(request.MaxCount, 1, 500))
            .ToListAsync(cancellationToken);
        return new DeliveryList
        {
            RecipientOrganisation = request.RecipientOrganisation,
            Deliveries = [.. deliveries.Select(d => d.ToView(policy.NameOf(d.SenderOrganisation)))],
        };
    }

    public async Task Acknowledge(DeliveriesAcknowledged acknowledged, CancellationToken cancellationToken)
    {
        var ids = acknowledged.DeliveryIds.ToList();
        var deliveries = await db.Deliveries
            .Where(d => ids.Contains(d.Id) && d.RecipientOrganisation == acknowledged.RecipientOrganisation && d.AcknowledgedAt == null)
            .ToListAsync(cancellationToken);
        deliveries.ForEach(d => d.AcknowledgedAt = acknowledged.AcknowledgedAt);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Count} of {Requested} deliveries acknowledged by {Recipient}", deliveries.Count, ids.Count, acknowledged.RecipientOrganisation);
    }

    /// <summary>The latest outcome counts; a report about another recipient's delivery is ignored.</summary>
    public async Task ReportOutcome(SignalOutcomeReported report, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == report.DeliveryId && d.RecipientOrganisation == report.ReportedBy, cancellationToken);
        if (delivery is null || !KnownTerms.Outcomes.Contains(report.Outcome))
        {
            logger.LogWarning("Outcome for delivery {DeliveryId} ignored: unknown delivery, not the reporter's, or unknown outcome", report.DeliveryId);
            return;
        }
        delivery.Outcome = report.Outcome;
        delivery.OutcomeNote = report.Note is { Length: > MaxNoteLength } note ? note[..MaxNoteLength] : report.Note;
        delivery.OutcomeAt = report.ReportedAt;
        delivery.AcknowledgedAt ??= report.ReportedAt;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Delivery {DeliveryId} handled: {Outcome}", delivery.Id, delivery.Outcome);
    }
}
