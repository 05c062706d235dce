using Hub.Messaging.Outbox;

namespace Hub.Signals.Routing;

/// <summary>
/// Carries out one routing decision: a delivery (row, message, log entry) with only the recipient's fields under
/// its own pseudonym, or a withholding (log entry and an operators' message, without content).
/// </summary>
public sealed class DecisionWriter(SignalsDb db, Outbox<SignalsDb> outbox, SignalPolicy policy, RecipientPseudonyms pseudonyms, DisclosureLog log)
{
    public async Task Deliver(SignalRaised signal, RaisedSignal stored, Organisation recipient, RecipientRule rule, Guid? consentId, CancellationToken cancellationToken)
    {
        var delivery = new Delivery
        {
            Id = Guid.CreateVersion7(),
            SignalId = signal.SignalId,
            RecipientOrganisation = recipient.Id,
            RecipientPseudonym = await pseudonyms.For(recipient.Id, signal.SubjectPseudonym, cancellationToken),
            RecipientHouseholdPseudonym = signal.HouseholdPseudonym is { } household ? await pseudonyms.For(recipient.Id, household, cancellationToken) : null,
            Category = signal.Category,
            // Data minimisation: only the fields the policy allows this recipient, whatever else the signal carried.
            Details = signal.Details.Where(d => rule.Fields.Contains(d.Key)).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal),
            OccurredOn = signal.OccurredOn,
            SenderOrganisation = signal.RaisedBy,
            Basis = rule.Basis,
            Purpose = rule.Purpose,
            ConsentId = consentId,
            DeliveredAt = stored.ReceivedAt,
            ExpiresAt = stored.ExpiresAt,
        };
        db.Deliveries.Add(delivery);
        outbox.Publish(delivery.ToMessage(policy.NameOf(delivery.SenderOrganisation)));
        log.Record(new DisclosureEntry
        {
            Decision = DisclosureDecision.Delivered,
            SubjectPseudonym = signal.SubjectPseudonym,
            HouseholdPseudonym = signal.HouseholdPseudonym,
            RecipientOrganisation = recipient.Id,
            Category = signal.Category,
            Basis = rule.Basis,
            ConsentId = consentId,
            SignalId = signal.SignalId,
            DeliveryId = delivery.Id,
            PolicyVersion = policy.Version,
        });
    }

    public void Withhold(SignalRaised signal, Organisation recipient, string reason, DateTime now)
    {
        log.Record(new DisclosureEntry
        {
            Decision = DisclosureDecision.Withheld,
            SubjectPseudonym = signal.SubjectPseudonym,
            RecipientOrganisation = recipient.Id,
            Category = signal.Category,
            Reason = reason,
            SignalId = signal.SignalId,
            PolicyVersion = policy.Version,
        });
        outbox.Publish(new SignalWithheld
        {
            SignalId = signal.SignalId,
            RecipientOrganisation = recipient.Id,
            Category = signal.Category,
            Reason = reason,
            PolicyVersion = policy.Version,
            WithheldAt = now,
        });
    }
}
