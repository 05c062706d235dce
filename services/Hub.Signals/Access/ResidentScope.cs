namespace Hub.Signals.Access;

/// <summary>
/// Whether an organisation serves a resident, decided only from what the Hub holds about them: a signal about the
/// resident (or their household) in one of the organisation's areas, a consent the organisation recorded or is a party
/// to, or a delivery or notice the organisation received about them. A municipality reads and changes the data of its
/// own residents, never another municipality's.
/// </summary>
public sealed class ResidentScope(SignalsDb db, SignalPolicy policy)
{
    public async Task<bool> ServesAsync(string organisationId, string subjectPseudonym, CancellationToken cancellationToken)
    {
        if (!policy.Organisations.TryGetValue(organisationId, out var organisation))
        {
            return false;
        }
        if (await db.Consents.AnyAsync(c => c.SubjectPseudonym == subjectPseudonym
                && (c.RecordedBy == organisationId || c.FromOrganisation == organisationId || c.ToOrganisation == organisationId), cancellationToken)
            || await db.DisclosureLog.AnyAsync(e => e.SubjectPseudonym == subjectPseudonym && e.RecipientOrganisation == organisationId
                && (e.Decision == DisclosureDecision.Delivered || e.Decision == DisclosureDecision.Notified), cancellationToken))
        {
            return true;
        }
        var signalAreas = await db.Signals.AsNoTracking()
            .Where(s => s.SubjectPseudonym == subjectPseudonym || s.HouseholdPseudonym == subjectPseudonym)
            .Select(s => s.Areas)
            .ToListAsync(cancellationToken);
        return signalAreas.Any(organisation.Areas.Overlaps);
    }
}
