using Hub.Contracts.Matching;
using Hub.JobMatching.Matching;
using Hub.JobMatching.Options;
using Hub.JobMatching.Storage;
using Hub.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.JobMatching.Proposals;

/// <summary>
/// Turns rankings into proposals: fills a vacancy's free slots with the best seekers not yet proposed
/// to it and under their cap, or a seeker's free slots with the best open vacancies that still have room.
/// Callers save their changes to proposals first, so the slot counts here see them.
/// </summary>
public sealed class ProposalPlanner(MatchingDb db, IJobMatcher engine, Outbox<MatchingDb> outbox, IOptions<MatchingOptions> options, TimeProvider clock)
{
    private readonly MatchingOptions _limits = options.Value;

    public async Task FillVacancy(Vacancy vacancy, CancellationToken cancellationToken)
    {
        if (vacancy.Status != VacancyStatus.Open)
        {
            return;
        }
        var proposed = await db.Proposals.Where(p => p.VacancyId == vacancy.Id).Select(p => new { p.SubjectPseudonym, p.Status }).ToListAsync(cancellationToken);
        var free = SlotsOf(vacancy) - proposed.Count(p => p.Status is ProposalStatus.Proposed or ProposalStatus.Accepted);
        if (free <= 0)
        {
            return;
        }
        var alreadyProposed = proposed.Select(p => p.SubjectPseudonym).ToHashSet(StringComparer.Ordinal);
        var rank = proposed.Count;
        foreach (var candidate in await BestUnderCap(vacancy.Id, free, alreadyProposed, cancellationToken))
        {
            Propose(vacancy, candidate.SubjectPseudonym, ++rank, candidate.IsPriority, candidate.Score, candidate.Reasons, candidate.FocusAreaId);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The best <paramref name="free"/> seekers not yet proposed and under their cap. Counts open proposals of the ranked
    /// candidates only (indexed by seeker), not of every seeker: that count grew with all proposals ever made and cost
    /// most of the database time per vacancy. The ranking order is total, so skipping capped candidates in it gives the same
    /// seekers as excluding every capped seeker up front; when too many are capped it ranks further (twice as many each round).
    /// </summary>
    private async Task<List<RankedCandidate>> BestUnderCap(Guid vacancyId, int free, HashSet<string> alreadyProposed, CancellationToken cancellationToken)
    {
        var atCap = new HashSet<string>(StringComparer.Ordinal);
        for (var batch = free * 2; ; batch *= 2)
        {
            var ranked = engine.RankSeekersFor(vacancyId, batch, Today, seeker => alreadyProposed.Contains(seeker) || atCap.Contains(seeker));
            var names = ranked.Select(c => c.SubjectPseudonym).ToList();
            atCap.UnionWith(await db.Proposals
                .Where(p => names.Contains(p.SubjectPseudonym) && (p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Accepted))
                .GroupBy(p => p.SubjectPseudonym)
                .Where(g => g.Count() >= _limits.MaxOpenProposalsPerSeeker)
                .Select(g => g.Key)
                .ToListAsync(cancellationToken));
            var underCap = ranked.Where(c => !atCap.Contains(c.SubjectPseudonym)).Take(free).ToList();
            if (underCap.Count == free || ranked.Count < batch)
            {
                return underCap;
            }
        }
    }

    public async Task FillSeeker(JobSeeker seeker, CancellationToken cancellationToken)
    {
        if (seeker.IsWithdrawn || !seeker.ConsentToShare)
        {
            return;
        }
        var mine = await db.Proposals.Where(p => p.SubjectPseudonym == seeker.SubjectPseudonym).Select(p => new { p.VacancyId, p.Status }).ToListAsync(cancellationToken);
        var free = _limits.MaxOpenProposalsPerSeeker - mine.Count(p => p.Status is ProposalStatus.Proposed or ProposalStatus.Accepted);
        if (free <= 0)
        {
            return;
        }
        var alreadyProposed = mine.Select(p => p.VacancyId).ToHashSet();
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
            Propose(vacancy, seeker.SubjectPseudonym, rank, match.IsPriority, match.Score, match.Reasons, seeker.FocusAreaId);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private int SlotsOf(Vacancy vacancy) => Math.Min(vacancy.Positions * _limits.ProposalsPerPosition, _limits.MaxProposalsPerVacancy);

    private void Propose(Vacancy vacancy, string seeker, int rank, bool isPriority, int score, IReadOnlyList<string> reasons, string? focusAreaId)
    {
        var proposal = new Proposal
        {
            Id = Guid.CreateVersion7(),
            VacancyId = vacancy.Id,
            EmployerId = vacancy.EmployerId,
            SubjectPseudonym = seeker,
            FocusAreaId = focusAreaId,
            Rank = rank,
            IsPriority = isPriority,
            Score = score,
            Reasons = [.. reasons],
            Status = ProposalStatus.Proposed,
            ProposedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Proposals.Add(proposal);
        outbox.Publish(new ProposalMade
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
        });
    }

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
