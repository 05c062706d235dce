using Hub.Contracts.Commands;
using Hub.Signals.Access;
using Hub.Signals.Routing;

namespace Hub.Signals.Consents;

/// <summary>
/// Records and revokes residents' consents. Both run in the inbox transaction under the resident's lock and
/// commit before the message is acknowledged, so the next routing decision about the resident sees them.
/// </summary>
public sealed class ConsentRegistry(SignalsDb db, SignalPolicy policy, ResidentScope scope, TimeProvider clock, ILogger<ConsentRegistry> logger)
{
    public async Task<CommandDecision> Record(ConsentRecorded consent, CancellationToken cancellationToken)
    {
        if (ProblemWith(consent) is { } problem)
        {
            logger.LogWarning("Consent {ConsentId} not recorded: {Problem}", consent.ConsentId, problem);
            return CommandDecision.Refused(CommandReasons.Invalid, problem);
        }
        await SubjectLock.Acquire(db, [consent.SubjectPseudonym], cancellationToken);
        if (await db.Consents.AnyAsync(c => c.Id == consent.ConsentId, cancellationToken))
        {
            return CommandDecision.Applied;
        }
        db.Consents.Add(new Consent
        {
            Id = consent.ConsentId,
            SubjectPseudonym = consent.SubjectPseudonym,
            Categories = [.. consent.Categories.Distinct()],
            FromOrganisation = consent.FromOrganisation,
            ToOrganisation = consent.ToOrganisation,
            ToRole = consent.ToRole,
            Purpose = consent.Purpose,
            ValidFrom = consent.ValidFrom,
            ValidUntil = consent.ValidUntil,
            RecordedBy = consent.RecordedBy,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Consent {ConsentId} recorded by {RecordedBy} for {Categories} categories until {ValidUntil}",
            consent.ConsentId, consent.RecordedBy, consent.Categories.Count, consent.ValidUntil);
        return CommandDecision.Applied;
    }

    /// <summary>
    /// A resident's revocation may come through the partner that recorded the consent, a party to it, or a municipality
    /// that serves the resident (<see cref="ResidentScope"/>); a revocation of someone else's resident's consent by
    /// another partner is ignored and logged. The consent must belong to the same resident.
    /// </summary>
    public async Task<CommandDecision> Revoke(ConsentRevoked revocation, CancellationToken cancellationToken)
    {
        if (!SignalValidation.IsHubPseudonym(revocation.SubjectPseudonym))
        {
            logger.LogWarning("Revocation by {RevokedBy} ignored: the subject is not a Hub pseudonym", revocation.RevokedBy);
            return CommandDecision.Refused(CommandReasons.Invalid, "The subject is not a Hub pseudonym.");
        }
        await SubjectLock.Acquire(db, [revocation.SubjectPseudonym], cancellationToken);
        var consents = await db.Consents
            .Where(c => c.SubjectPseudonym == revocation.SubjectPseudonym && c.RevokedAt == null
                && (revocation.ConsentId == null || c.Id == revocation.ConsentId))
            .ToListAsync(cancellationToken);
        var servesResident = await scope.ServesAsync(revocation.RevokedBy, revocation.SubjectPseudonym, cancellationToken);
        var notTheirs = consents.Where(c => !servesResident && !IsParty(c, revocation.RevokedBy)).ToList();
        if (notTheirs.Count > 0)
        {
            logger.LogWarning("Revocation by {RevokedBy} ignored for {Count} consents: neither recorder nor party, and not serving the resident",
                revocation.RevokedBy, notTheirs.Count);
            consents = [.. consents.Except(notTheirs)];
        }
        foreach (var consent in consents)
        {
            (consent.RevokedAt, consent.RevokedBy) = (revocation.RevokedAt, revocation.RevokedBy);
        }
        if (revocation.ConsentId is { } id && consents.Count == 0 && notTheirs.Count == 0 && !await db.Consents.AnyAsync(c => c.Id == id, cancellationToken))
        {
            // The revocation overtook its consent on the bus: a revoked placeholder makes the late consent a repeat.
            db.Consents.Add(Placeholder(id, revocation));
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Revocation by {RevokedBy} ended {Count} consents", revocation.RevokedBy, consents.Count);
        return notTheirs.Count > 0 && consents.Count == 0
            ? CommandDecision.Refused(CommandReasons.NotYourResident, "You neither recorded nor are party to these consents, and the Hub holds nothing that makes the resident yours.")
            : CommandDecision.Applied;
    }

    private static bool IsParty(Consent consent, string organisationId) =>
        consent.RecordedBy == organisationId || consent.FromOrganisation == organisationId || consent.ToOrganisation == organisationId;

    private Consent Placeholder(Guid id, ConsentRevoked revocation)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new Consent
        {
            Id = id,
            SubjectPseudonym = revocation.SubjectPseudonym,
            Purpose = "",
            ValidFrom = now,
            ValidUntil = now,
            RecordedBy = revocation.RevokedBy,
            RecordedAt = now,
            RevokedAt = revocation.RevokedAt,
            RevokedBy = revocation.RevokedBy,
        };
    }

    private string? ProblemWith(ConsentRecorded consent) =>
        !policy.ConsentRecorderRoles.Contains(consent.RecordedByRole) ? $"role '{consent.RecordedByRole}' may not record consents"
        : !SignalValidation.IsHubPseudonym(consent.SubjectPseudonym) ? "the subject is not a Hub pseudonym"
        : consent.Categories.Count == 0 || consent.Categories.Any(c => !policy.Categories.ContainsKey(c)) ? "it names no category or an unknown one"
        : consent.ToOrganisation is null == (consent.ToRole is null) ? "it needs either a receiving organisation or a receiving role"
        : consent.ToRole is not null && !KnownTerms.Roles.Contains(consent.ToRole) ? "it names an unknown role"
        : string.IsNullOrWhiteSpace(consent.Purpose) ? "it names no purpose"
        : consent.ValidUntil <= consent.ValidFrom ? "it ends before it starts"
        : null;
}
