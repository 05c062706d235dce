using Hub.Signals.Routing;

namespace Hub.Signals.Access;

/// <summary>
/// Answers a resident's "who received my data" from the disclosure log: every delivery and multi-problem notice
/// about them, also those that named them as another resident's household member, with recipient, category, time and
/// basis, plus their consents. Only for the policy's roles, and only
/// for an organisation that serves the resident (<see cref="ResidentScope"/>). Every request, answered or refused, is
/// itself an entry in the disclosure log.
/// </summary>
public sealed class SubjectAccess(SignalsDb db, SignalPolicy policy, ResidentScope scope, DisclosureLog log, ILogger<SubjectAccess> logger)
{
    public const string Category = "subject-access";

    /// <summary>The answer, or the reason it is refused.</summary>
    public async Task<(SubjectDisclosures? Answer, string? Refusal)> For(GetSubjectDisclosures request, CancellationToken cancellationToken)
    {
        var refusal = !policy.SubjectAccessRoles.Contains(request.RequestedByRole) ? $"role '{request.RequestedByRole}' may not read disclosures"
            : !await scope.ServesAsync(request.RequestedBy, request.SubjectPseudonym, cancellationToken)
                ? "the Hub holds nothing that makes this resident one of yours (a signal in your areas, a consent you recorded or are party to, a delivery to you)"
                : null;
        log.Record(new DisclosureEntry
        {
            Decision = DisclosureDecision.SubjectAccess,
            SubjectPseudonym = request.SubjectPseudonym,
            RecipientOrganisation = request.RequestedBy,
            Category = Category,
            Reason = refusal is null ? "answered" : $"refused: {refusal}",
            PolicyVersion = policy.Version,
        });
        await db.SaveChangesAsync(cancellationToken);
        if (refusal is not null)
        {
            logger.LogWarning("Subject access by {RequestedBy} refused: {Reason}", request.RequestedBy, refusal);
            return (null, refusal);
        }
        var disclosures = await db.DisclosureLog.AsNoTracking()
            .Where(e => (e.SubjectPseudonym == request.SubjectPseudonym || e.HouseholdPseudonym == request.SubjectPseudonym)
                && (e.Decision == DisclosureDecision.Delivered || e.Decision == DisclosureDecision.Notified))
            .OrderByDescending(e => e.DecidedAt).ThenByDescending(e => e.Id)
            .ToListAsync(cancellationToken);
        var consents = await db.Consents.AsNoTracking()
            .Where(c => c.SubjectPseudonym == request.SubjectPseudonym && c.Purpose != "")
            .OrderBy(c => c.RecordedAt)
            .ToListAsync(cancellationToken);
        logger.LogInformation("Subject access by {RequestedBy}: {Disclosures} disclosures, {Consents} consents", request.RequestedBy, disclosures.Count, consents.Count);
        return (new SubjectDisclosures
        {
            SubjectPseudonym = request.SubjectPseudonym,
            Disclosures = [.. disclosures.Select(e => new DisclosureView
            {
                RecipientOrganisation = e.RecipientOrganisation,
                RecipientName = policy.NameOf(e.RecipientOrganisation),
                Category = e.Category,
                DisclosedAt = e.DecidedAt,
                Basis = e.Basis ?? KnownTerms.ConsentBasis,
                PolicyVersion = e.PolicyVersion,
                AsHouseholdMember = e.SubjectPseudonym != request.SubjectPseudonym,
            })],
            Consents = [.. consents.Select(c => new ConsentView
            {
                ConsentId = c.Id,
                Categories = c.Categories,
                FromOrganisation = c.FromOrganisation,
                ToOrganisation = c.ToOrganisation,
                ToRole = c.ToRole,
                Purpose = c.Purpose,
                ValidFrom = c.ValidFrom,
                ValidUntil = c.ValidUntil,
                RevokedAt = c.RevokedAt,
            })],
        }, null);
    }
}
