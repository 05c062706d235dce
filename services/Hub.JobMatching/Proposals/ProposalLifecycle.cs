using Hub.Contracts.Commands;

namespace Hub.JobMatching.Proposals;

/// <summary>
/// proposed -> accepted or declined (by the seeker, through the job agency) -> hired or rejected (by the
/// employer). A decline, rejection or lapse frees a slot, and the next candidate is proposed.
/// </summary>
public sealed class ProposalLifecycle(MatchingDb db, EngineSync engine, ProposalPlanner planner, ILogger<ProposalLifecycle> logger)
{
    public async Task<CommandDecision> Answer(ProposalAnswered answer, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.FindAsync([answer.ProposalId], cancellationToken);
        var seeker = proposal is null ? null : await db.JobSeekers.FindAsync([proposal.SubjectPseudonym], cancellationToken);
        var next = answer.Accepted ? ProposalStatus.Accepted : ProposalStatus.Declined;
        var refusal = proposal is null || seeker is null ? CommandDecision.Refused(CommandReasons.NotFound, "There is no such proposal.")
            : seeker.JobAgencyId != answer.JobAgencyId ? CommandDecision.Refused(CommandReasons.NotYours, "The proposal is for another partner's job seeker.")
            : !ProposalTransitions.Allows(proposal.Status, next)
                ? CommandDecision.Refused(CommandReasons.WrongState, $"The proposal is {proposal.Status.ToString().ToLowerInvariant()}; it takes no answer now.")
            : null;
        if (refusal is not null || proposal is null || seeker is null)
        {
            logger.LogWarning("Answer to proposal {ProposalId} refused: {Reason}", answer.ProposalId, refusal?.Reason);
            return refusal!;
        }
        proposal.AnsweredAt = answer.AnsweredAt;
        if (answer.Accepted && answer.Contact is { } contact)
        {
            proposal.Status = ProposalStatus.Accepted;
            (proposal.ContactName, proposal.ContactPhone, proposal.ContactEmail) = (contact.Name, contact.Phone, contact.Email);
            await db.SaveChangesAsync(cancellationToken);
            return CommandDecision.Applied;
        }
        planner.Close(proposal, ProposalStatus.Declined, seeker);
        await db.SaveChangesAsync(cancellationToken);
        await RefillVacancy(proposal.VacancyId, cancellationToken);
        // The decline freed one of the seeker's slots: a vacancy still waiting for candidates may take them now.
        await planner.FillSeeker(seeker, cancellationToken);
        return CommandDecision.Applied;
    }

    public async Task<CommandDecision> ReportPlacement(PlacementReported report, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.FindAsync([report.ProposalId], cancellationToken);
        var next = report.Hired ? ProposalStatus.Hired : ProposalStatus.Rejected;
        var refusal = proposal is null ? CommandDecision.Refused(CommandReasons.NotFound, "There is no such proposal.")
            : proposal.EmployerId != report.EmployerId ? CommandDecision.Refused(CommandReasons.NotYours, "The proposal is for another partner's vacancy.")
            : !ProposalTransitions.Allows(proposal.Status, next)
                ? CommandDecision.Refused(CommandReasons.WrongState, $"The proposal is {proposal.Status.ToString().ToLowerInvariant()}; only an accepted proposal ends in a placement.")
            : null;
        if (refusal is not null || proposal is null)
        {
            logger.LogWarning("Placement for proposal {ProposalId} refused: {Reason}", report.ProposalId, refusal?.Reason);
            return refusal!;
        }
        var seeker = await db.JobSeekers.SingleAsync(s => s.SubjectPseudonym == proposal.SubjectPseudonym, cancellationToken);
        planner.Close(proposal, report.Hired ? ProposalStatus.Hired : ProposalStatus.Rejected, seeker);
        proposal.PlacedAt = report.ReportedAt;
        await db.SaveChangesAsync(cancellationToken);

        var vacancy = await db.Vacancies.SingleAsync(v => v.Id == proposal.VacancyId, cancellationToken);
        var hires = await db.Proposals.CountAsync(p => p.VacancyId == vacancy.Id && p.Status == ProposalStatus.Hired, cancellationToken);
        // A withdrawn vacancy keeps its accepted candidates: their hire counts, and the vacancy stays withdrawn.
        if (vacancy.Status == VacancyStatus.Open && hires >= vacancy.Positions)
        {
            vacancy.Status = VacancyStatus.Filled;
            engine.Changed(vacancy);
            await db.SaveChangesAsync(cancellationToken);
            await LapseOpenProposalsOf(vacancy, cancellationToken);
        }
        else
        {
            await planner.FillVacancy(vacancy, cancellationToken);
        }
        // Hired or not, the seeker's slot is free again. Until the job agency withdraws a seeker who found work, they are
        // offered to the vacancies still waiting for candidates, as they would be to a new one.
        await planner.FillSeeker(seeker, cancellationToken);
        return CommandDecision.Applied;
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
