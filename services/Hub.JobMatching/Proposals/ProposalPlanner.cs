using Hub.JobMatching.Options;
using Hub.Messaging.Outbox;
using Microsoft.Extensions.Options;

namespace Hub.JobMatching.Proposals;

/// <summary>
/// Turns rankings into proposals: fills a vacancy's free slots with the best seekers not yet proposed
/// to it and under their cap, or a seeker's free slots with the best open vacancies that still have room.
/// Callers save their changes to proposals first, so the slot counts here see them. Every proposal that opens
/// or closes goes through here, so each seeker's count of open proposals stays exact.
/// </summary>
public sealed class ProposalPlanner(MatchingDb db, IJobMatcher engine, EngineSync sync, Outbox<MatchingDb> outbox, IOptions<MatchingOptions> options, TimeProvider clock)
{
    private readonly MatchingOptions _limits = options.Value;

    public async Task FillVacancy(Vacancy vacancy, CancellationToken cancellationToken)
    {
        if (vacancy.Status != VacancyStatus.Open)
        {
            return;
        }
        // A vacancy not saved yet (most of the intake) has no proposals to look up.
        List<ProposedSeeker> proposed = db.Entry(vacancy).State == EntityState.Added
            ? []
            : await db.Proposals.Where(p => p.VacancyId == vacancy.Id).Select(p => new ProposedSeeker(p.SubjectPseudonym, p.Status)).ToListAsync(cancellationToken);
        var free = SlotsOf(vacancy) - proposed.Count(p => p.Status is ProposalStatus.Proposed or ProposalStatus.Accepted);
        if (free <= 0)
        {
            return;
        }
        var alreadyProposed = proposed.Select(p => p.SubjectPseudonym).ToHashSet(StringComparer.Ordinal);
        // Capped seekers are not in the engine (EngineSync), so the best `free` ranked are the ones to propose.
        var ranked = engine.RankSeekersFor(vacancy.Id, free, Today, alreadyProposed.Contains);
        var names = ranked.Select(c => c.SubjectPseudonym).ToList();
        var seekers = await db.JobSeekers.Where(s => names.Contains(s.SubjectPseudonym)).ToDictionaryAsync(s => s.SubjectPseudonym, StringComparer.Ordinal, cancellationToken);
        var rank = proposed.Count;
        foreach (var candidate in ranked)
        {
            // The engine may know a seeker whose transaction has not committed yet; they come round again.
            if (seekers.TryGetValue(candidate.SubjectPseudonym, out var seeker) && sync.IsRanked(seeker))
            {
                Propose(vacancy, seeker, ++rank, candidate.IsPriority, candidate.Score, candidate.Reasons);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Moves an open proposal to a closed <paramref name="status"/>, freeing one of <paramref name="seeker"/>'s slots.</summary>
    public void Close(Proposal proposal, ProposalStatus status, JobSeeker seeker)
    {
        if (!proposal.IsOpen || status is ProposalStatus.Proposed or ProposalStatus.Accepted || !ProposalTransitions.Allows(proposal.Status, status)
            || proposal.SubjectPseudonym != seeker.SubjectPseudonym)
        {
            throw new InvalidOperationException($"Proposal {proposal.Id} is {proposal.Status}; only an open proposal of this seeker closes, as its life cycle allows.");
        }
        proposal.Status = status;
        sync.CountOpenProposals(seeker, -1);
    }

    public async Task FillSeeker(JobSeeker seeker, CancellationToken cancellationToken)
    {
        if (!sync.IsRanked(seeker))
        {
            return; // withdrawn, no consent, or at the cap
        }
        var free = _limits.MaxOpenProposalsPerSeeker - seeker.OpenProposals;
        var alreadyProposed = (await db.Proposals.Where(p => p.SubjectPseudonym == seeker.SubjectPseudonym).Select(p => p.VacancyId).ToListAsync(cancellationToken)).ToHashSet();
        var full = await FullVacancies(cancellationToken);
        var ranked = engine.RankVacanciesFor(seeker.SubjectPseudonym, free, Today, vacancy => alreadyProposed.Contains(vacancy) || full.Contains(vacancy));
        foreach (var match in ranked)
        {
            // The engine may know a vacancy whose transaction has not committed yet; it comes round again.
            var vacancy = await db.Vacancies.SingleOrDefaultAsync(v => v.Id == match.VacancyId, cancellationToken);
            if (vacancy is null)
            {
                continue;
            }
            var rank = await db.Proposals.CountAsync(p => p.VacancyId == vacancy.Id, cancellationToken) + 1;
            Propose(vacancy, seeker, rank, match.IsPriority, match.Score, match.Reasons);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private int SlotsOf(Vacancy vacancy) => Math.Min(vacancy.Positions * _limits.ProposalsPerPosition, _limits.MaxProposalsPerVacancy);

    private void Propose(Vacancy vacancy, JobSeeker seeker, int rank, bool isPriority, int score, IReadOnlyList<string> reasons)
    {
        var proposal = new Proposal
        {
            Id = Guid.CreateVersion7(),
            VacancyId = vacancy.Id,
            EmployerId = vacancy.EmployerId,
            SubjectPseudonym = seeker.SubjectPseudonym,
            FocusAreaId = seeker.FocusAreaId,
            Rank = rank,
            IsPriority = isPriority,
            Score = score,
            Reasons = [.. reasons],
            Status = ProposalStatus.Proposed,
            ProposedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Proposals.Add(proposal);
        sync.CountOpenProposals(seeker, +1);
        outbox.Publish(Announcement(proposal));
    }

    /// <summary>The event a new proposal is announced with (no contact details).</summary>
    public static ProposalMade Announcement(Proposal proposal) => new()
    {
        ProposalId = proposal.Id,
        VacancyId = proposal.VacancyId,
        EmployerId = proposal.EmployerId,
        SubjectPseudonym = proposal.SubjectPseudonym,
        IsPriority = proposal.IsPriority,
        Score = proposal.Score,
        Reasons = proposal.Reasons,
        FocusAreaId = proposal.FocusAreaId,
        ProposedAt = proposal.ProposedAt,
    };

    private sealed record ProposedSeeker(string SubjectPseudonym, ProposalStatus Status);

    private async Task<HashSet<Guid>> FullVacancies(CancellationToken cancellationToken)
    {
        var open = await db.Proposals
            .Where(p => p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Accepted)
            .GroupBy(p => p.VacancyId)
            .Select(g => new { Vacancy = g.Key, Open = g.Count() })
            .ToListAsync(cancellationToken);
        var positions = await db.Vacancies.Where(v => v.Status == VacancyStatus.Open).Select(v => new { v.Id, v.Positions }).ToDictionaryAsync(v => v.Id, v => v.Positions, cancellationToken);
        return [.. open.Where(o => !positions.TryGetValue(o.Vacancy, out var p) || o.Open >= Math.Min(p * _limits.ProposalsPerPosition, _limits.MaxProposalsPerVacancy)).Select(o => o.Vacancy)];
    }
}
