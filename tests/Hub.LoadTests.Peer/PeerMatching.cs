using Hub.JobMatching.Matching;
using Hub.JobMatching.Options;
using Hub.JobMatching.Storage;
using Microsoft.Extensions.Options;

namespace Hub.LoadTests.Peer;

/// <summary>
/// Job matching's <see cref="MatchingEngine"/> over the registered seekers, with the Hub's limits: a vacancy gets
/// min(positions x ProposalsPerPosition, MaxProposalsPerVacancy) proposals, and a seeker at MaxOpenProposalsPerSeeker leaves
/// the engine, as in the Hub. Ranking and counting happen under one in-process lock (the Hub takes a database lock for it),
/// so two vacancies never take the same seeker's last slot; a rolled-back transaction gives its slots back.
/// </summary>
public sealed class PeerMatching(MatchingEngine engine, PeerStore store, FocusAreas areas, IOptions<MatchingOptions> options, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JobSeeker> _seekers = new(StringComparer.Ordinal);
    private readonly MatchingOptions _limits = options.Value;

    public FocusAreas Areas => areas;

    /// <summary>The seekers stored by an earlier run, so a restarted peer matches as before.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        foreach (var (seeker, open) in await store.LoadJobSeekersAsync(cancellationToken))
        {
            seeker.OpenProposals = open;
            Register(seeker);
        }
    }

    public void Register(JobSeeker seeker)
    {
        lock (_gate)
        {
            if (_seekers.TryGetValue(seeker.SubjectPseudonym, out var known))
            {
                seeker.OpenProposals = known.OpenProposals;
            }
            _seekers[seeker.SubjectPseudonym] = seeker;
            Rerank(seeker);
        }
    }

    /// <summary>Ranks the seekers for a vacancy and takes one slot of each proposed seeker.</summary>
    public List<Proposal> Propose(Vacancy vacancy)
    {
        var slots = Math.Min(vacancy.Positions * _limits.ProposalsPerPosition, _limits.MaxProposalsPerVacancy);
        var now = clock.GetUtcNow().UtcDateTime;
        lock (_gate)
        {
            var ranked = engine.RankSeekersFor(vacancy.ToProfile(), slots, DateOnly.FromDateTime(now));
            var proposals = new List<Proposal>(ranked.Count);
            foreach (var candidate in ranked)
            {
                var seeker = _seekers[candidate.SubjectPseudonym];
                if (++seeker.OpenProposals == _limits.MaxOpenProposalsPerSeeker)
                {
                    engine.Remove(seeker.SubjectPseudonym);
                }
                proposals.Add(new Proposal
                {
                    Id = Guid.CreateVersion7(),
                    VacancyId = vacancy.Id,
                    EmployerId = vacancy.EmployerId,
                    SubjectPseudonym = seeker.SubjectPseudonym,
                    FocusAreaId = seeker.FocusAreaId,
                    Rank = proposals.Count + 1,
                    IsPriority = candidate.IsPriority,
                    Score = candidate.Score,
                    Reasons = [.. candidate.Reasons],
                    Status = ProposalStatus.Proposed,
                    ProposedAt = now,
                });
            }
            return proposals;
        }
    }

    /// <summary>Gives back the slots of proposals whose transaction did not commit.</summary>
    public void Release(IEnumerable<Proposal> proposals)
    {
        lock (_gate)
        {
            foreach (var proposal in proposals)
            {
                var seeker = _seekers[proposal.SubjectPseudonym];
                if (--seeker.OpenProposals == _limits.MaxOpenProposalsPerSeeker - 1)
                {
                    Rerank(seeker);
                }
            }
        }
    }

    private void Rerank(JobSeeker seeker)
    {
        if (!seeker.IsWithdrawn && seeker.ConsentToShare && seeker.OpenProposals < _limits.MaxOpenProposalsPerSeeker)
        {
            engine.Upsert(seeker.ToProfile());
        }
        else
        {
            engine.Remove(seeker.SubjectPseudonym);
        }
    }
}
