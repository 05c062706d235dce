using Hub.Contracts.Signals;
using Hub.Signals.Policies;
using Hub.Signals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Signals.Access;

/// <summary>
/// Answers a resident's "who received my data" from the disclosure log: every delivery and multi-problem notice
/// about them, with recipient, category, time and basis, plus their consents. Only for the policy's roles.
/// </summary>
public sealed class SubjectAccess(SignalsDb db, SignalPolicy policy, ILogger<SubjectAccess> logger)
{
    /// <summary>Null when the asking role may not read disclosures.</summary>
    public async Task<SubjectDisclosures?> For(GetSubjectDisclosures request, CancellationToken cancellationToken)
    {
        if (!policy.SubjectAccessRoles.Contains(request.RequestedByRole))
        {
            logger.LogWarning("Subject access by {RequestedBy} refused: role {Role} may not read disclosures", request.RequestedBy, request.RequestedByRole);
            return null;
        }
        var disclosures = await db.DisclosureLog.AsNoTracking()
            .Where(e => e.SubjectPseudonym == request.SubjectPseudonym && e.Decision != DisclosureDecision.Withheld)
            .OrderByDescending(e => e.DecidedAt).ThenByDescending(e => e.Id)
            .ToListAsync(cancellationToken);
        var consents = await db.Consents.AsNoTracking()
            .Where(c => c.SubjectPseudonym == request.SubjectPseudonym && c.Purpose != "")
            .OrderBy(c => c.RecordedAt)
            .ToListAsync(cancellationToken);
        logger.LogInformation("Subject access by {RequestedBy}: {Disclosures} disclosures, {Consents} consents", request.RequestedBy, disclosures.Count, consents.Count);
        return new SubjectDisclosures
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
        };
    }
}
