using Hub.Contracts.Matching;
using Hub.JobMatching.Matching;
using Hub.JobMatching.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.JobMatching.Proposals;

/// <summary>
/// proposed -> accepted or declined (by the seeker, through the job agency) -> hired or rejected (by the
/// employer). A decline, rejection or lapse frees a slot, and the next candidate is proposed.
/// </summary>
public sealed class ProposalLifecycle(MatchingDb db, EngineSync engine, ProposalPlanner planner, ILogger<ProposalLifecycle> logger)
{
    public async Task Answer(ProposalAnswered answer, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.FindAsync([answer.ProposalId], cancellationToken);
        var seeker = proposal is null ? null : await db.JobSeekers.FindAsync([proposal.SubjectPseudonym], cancellationToken);
        if (proposal is null || seeker?.JobAgencyId != answer.JobAgencyId || proposal.Status != ProposalStatus.Proposed)
        {
            logger.LogWarning("Answer to proposal {ProposalId} ignored: unknown, not the agency's, or already answered", answer.ProposalId);
            return;
        }
        proposal.AnsweredAt = answer.AnsweredAt;
        if (answer.Accepted && answer.Contact is { } contact)
        {
            proposal.Status = ProposalStatus.Accepted;
            (proposal.ContactName, proposal.ContactPhone, proposal.ContactEmail) = (contact.Name, contact.Phone, contact.Email);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        planner.Close(proposal, ProposalStatus.Declined, seeker);
        await db.SaveChangesAsync(cancellationToken);
        await RefillVacancy(proposal.VacancyId, cancellationToken);
    }

    public async Task ReportPlacement(PlacementReported report, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.FindAsync([report.ProposalId], cancellationToken);
        if (proposal is null || proposal.EmployerId != report.EmployerId || proposal.Status != ProposalStatus.Accepted)
        {
            logger.LogWarning("Placement for proposal {ProposalId} ignored: unknown, not the employer's, or not accepted", report.ProposalId);
            return;
        }
        var seeker = await db.JobSeekers.SingleAsync(s => s.SubjectPseudonym == proposal.SubjectPseudonym, cancellationToken);
        planner.Close(proposal, report.Hired ? ProposalStatus.Hired : ProposalStatus.Rejected, seeker);
        proposal.PlacedAt = report.ReportedAt;
        await db.SaveChangesAsync(cancellationToken);

        var vacancy = await db.Vacancies.SingleAsync(v => v.Id == proposal.VacancyId, cancellationToken);
        var hires = await db.Proposals.CountAsync(p => p.VacancyId == vacancy.Id && p.Status == ProposalStatus.Hired, cancellationToken);
        if (hires >= vacancy.Positions)
        {
            vacancy.Status = VacancyStatus.Filled;
            engine.Changed(vacancy);
            await db.SaveChangesAsync(cancellationToken);
            await LapseOpenProposalsOf(vacancy, cancellationToken);
            return;
        }
        await planner.FillVacancy(vacancy, cancellationToken);
    }

    /// <summary>The vacancy closed: its unanswered proposals lapse, freeing the seekers' slots.</summary>
    public async Task LapseOpenProposalsOf(Vacancy vacancy, CancellationToken cancellationToken)
    {
        var open = await db.Proposals.Where(p => p.VacancyId == vacancy.Id && p.Status == ProposalStatus.Proposed).ToListAsync(cancellationToken);
        var names = open.Select(p => p.SubjectPseudonym).ToList();
        var seekers = await db.JobSeekers.Where(s => names.Contains(s.SubjectPseudonym)).ToDictionaryAsync(s => s.SubjectPseudonym, StringComparer.Ordinal, cancellationToken);
        open.ForEach(p => planner.Close(p, ProposalStatus.Lapsed, seekers[p.SubjectPseudonym]));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var seeker in seekers.Values)
        {
            await planner.FillSeeker(seeker, cancellationToken);
        }
    }

    /// <summary>The seeker left or revoked consent: their open proposals lapse and the vacancies look further.</summary>
    public async Task LapseOpenProposalsOf(JobSeeker seeker, CancellationToken cancellationToken)
    {
        var open = await db.Proposals
            .Where(p => p.SubjectPseudonym == seeker.SubjectPseudonym && (p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Accepted))
            .ToListAsync(cancellationToken);
        open.ForEach(p => planner.Close(p, ProposalStatus.Lapsed, seeker));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var vacancyId in open.Select(p => p.VacancyId).Distinct())
        {
            await RefillVacancy(vacancyId, cancellationToken);
        }
    }

    private async Task RefillVacancy(Guid vacancyId, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.SingleAsync(v => v.Id == vacancyId, cancellationToken);
        await planner.FillVacancy(vacancy, cancellationToken);
    }
}
