using Hub.Contracts.Commands;
using Hub.Signals.Routing;

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

    public async Task<CommandDecision> Acknowledge(DeliveriesAcknowledged acknowledged, CancellationToken cancellationToken)
    {
        var ids = acknowledged.DeliveryIds.ToList();
        var deliveries = await db.Deliveries
            .Where(d => ids.Contains(d.Id) && d.RecipientOrganisation == acknowledged.RecipientOrganisation && d.AcknowledgedAt == null)
            .ToListAsync(cancellationToken);
        deliveries.ForEach(d => d.AcknowledgedAt = acknowledged.AcknowledgedAt);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("{Count} of {Requested} deliveries acknowledged by {Recipient}", deliveries.Count, ids.Count, acknowledged.RecipientOrganisation);
        // Acknowledging is idempotent: an id already acknowledged counts; one that is not the recipient's delivery does not.
        var known = await db.Deliveries.CountAsync(d => ids.Contains(d.Id) && d.RecipientOrganisation == acknowledged.RecipientOrganisation, cancellationToken);
        return known == ids.Count
            ? CommandDecision.Applied
            : CommandDecision.Refused(CommandReasons.NotFound, $"{ids.Count - known} of the {ids.Count} deliveries are none of yours (or were purged); the others are acknowledged.");
    }

    /// <summary>
    /// The outcome closes the delivery: the first one reported counts and a later one is refused (the sender has already
    /// been told). A report about another recipient's delivery is ignored.
    /// </summary>
    public async Task<CommandDecision> ReportOutcome(SignalOutcomeReported report, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == report.DeliveryId && d.RecipientOrganisation == report.ReportedBy, cancellationToken);
        if (delivery is null)
        {
            // Another recipient's delivery answers as one that does not exist: the reporter may not learn it exists.
            logger.LogWarning("Outcome for delivery {DeliveryId} ignored: unknown delivery or not the reporter's", report.DeliveryId);
            return CommandDecision.Refused(CommandReasons.NotFound, "You have no such delivery (or it was purged).");
        }
        if (!KnownTerms.Outcomes.Contains(report.Outcome))
        {
            return CommandDecision.Refused(CommandReasons.Invalid, $"Unknown outcome; use one of {string.Join(", ", KnownTerms.Outcomes)}.");
        }
        if (delivery.Outcome is not null)
        {
            logger.LogWarning("Outcome {Outcome} for delivery {DeliveryId} refused: it was closed as {Closed} already", report.Outcome, report.DeliveryId, delivery.Outcome);
            return CommandDecision.Refused(CommandReasons.WrongState, $"The delivery was closed as {delivery.Outcome} already; an outcome is final.");
        }
        delivery.Outcome = report.Outcome;
        delivery.OutcomeNote = report.Note is { Length: > MaxNoteLength } note ? note[..MaxNoteLength] : report.Note;
        delivery.OutcomeAt = report.ReportedAt;
        delivery.AcknowledgedAt ??= report.ReportedAt;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Delivery {DeliveryId} handled: {Outcome}", delivery.Id, delivery.Outcome);
        return CommandDecision.Applied;
    }
}
