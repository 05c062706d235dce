namespace Hub.Signals.Feedback;

/// <summary>
/// The sender's view of its signal: per candidate recipient delivered, withheld or handled (with the outcome code).
/// Never why a signal was withheld (that could reveal a resident's choice about consent), never a recipient's note.
/// </summary>
public sealed class SignalStatusQuery(SignalsDb db, SignalPolicy policy)
{
    public async Task<SignalStatus?> For(GetSignalStatus request, CancellationToken cancellationToken)
    {
        var signal = await db.Signals.AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.SignalId && s.RaisedBy == request.RequestedBy, cancellationToken);
        if (signal is null)
        {
            return null;
        }
        var withheld = await db.DisclosureLog.AsNoTracking()
            .Where(e => e.SignalId == signal.Id && e.Decision == DisclosureDecision.Withheld)
            .Select(e => e.RecipientOrganisation)
            .ToListAsync(cancellationToken);
        var deliveries = await db.Deliveries.AsNoTracking()
            .Where(d => d.SignalId == signal.Id)
            .Select(d => new { d.RecipientOrganisation, d.Outcome, d.AcknowledgedAt })
            .ToListAsync(cancellationToken);
        var recipients = deliveries
            .Select(d => Status(d.RecipientOrganisation, d.Outcome is null ? "delivered" : "handled", d.Outcome, d.AcknowledgedAt))
            .Concat(withheld.Select(r => Status(r, "withheld", null, null)))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new SignalStatus
        {
            SignalId = signal.Id,
            Category = signal.Category,
            State = signal.State == SignalState.Routed ? "routed" : "rejected",
            RejectionReason = signal.RejectionReason,
            Delivered = recipients.Count(r => r.State != "withheld"),
            Withheld = recipients.Count(r => r.State == "withheld"),
            Handled = recipients.Count(r => r.State == "handled"),
            Recipients = recipients,
            RaisedAt = signal.RaisedAt,
        };
    }

    private RecipientStatus Status(string organisation, string state, string? outcome, DateTime? acknowledgedAt) => new()
    {
        OrganisationId = organisation,
        Name = policy.NameOf(organisation),
        State = state,
        Outcome = outcome,
        AcknowledgedAt = acknowledgedAt,
    };
}
