namespace Hub.JobMatching.Proposals;

/// <summary>Proposals as partners may see them: the vacancy's owner, or the seeker's own agency. Contact only after acceptance.</summary>
public sealed class ProposalViews(MatchingDb db)
{
    public async Task<IReadOnlyList<ProposalView>?> ForVacancy(Guid vacancyId, string employerId, CancellationToken cancellationToken)
    {
        if (!await db.Vacancies.AnyAsync(v => v.Id == vacancyId && v.EmployerId == employerId, cancellationToken))
        {
            return null;
        }
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.VacancyId == vacancyId).ToListAsync(cancellationToken);
        // Ranked by merit, whatever order the seekers arrived in: priority tier first, then score.
        return [.. proposals
            .OrderByDescending(p => p.IsPriority).ThenByDescending(p => p.Score).ThenBy(p => p.ProposedAt)
            .Select((p, index) => ToView(p) with { Rank = index + 1 })];
    }

    public async Task<IReadOnlyList<ProposalView>> ForSeeker(string subjectPseudonym, string jobAgencyId, CancellationToken cancellationToken)
    {
        if (!await db.JobSeekers.AnyAsync(s => s.SubjectPseudonym == subjectPseudonym && s.JobAgencyId == jobAgencyId, cancellationToken))
        {
            return [];
        }
        var proposals = await db.Proposals.AsNoTracking().Where(p => p.SubjectPseudonym == subjectPseudonym).ToListAsync(cancellationToken);
        return [.. proposals.OrderByDescending(p => p.ProposedAt).Select(ToView)];
    }

    private static ProposalView ToView(Proposal proposal) => new()
    {
        ProposalId = proposal.Id,
        VacancyId = proposal.VacancyId,
        SubjectPseudonym = proposal.SubjectPseudonym,
        Rank = proposal.Rank,
        IsPriority = proposal.IsPriority,
        Score = proposal.Score,
        Reasons = proposal.Reasons,
        Status = proposal.Status.ToString().ToLowerInvariant(),
        Contact = proposal.Status is ProposalStatus.Accepted or ProposalStatus.Hired or ProposalStatus.Rejected && proposal.ContactName is not null
            ? new ProposalContact { Name = proposal.ContactName, Phone = proposal.ContactPhone, Email = proposal.ContactEmail }
            : null,
        ProposedAt = proposal.ProposedAt,
    };
}
