namespace Hub.JobMatching.Matching;

/// <summary>
/// Collects the best seekers for one vacancy. Candidates may be offered in any order: the order is total
/// (priority tier, then score, then pseudonym by ordinal), so the engine and the scan give identical results.
/// </summary>
internal sealed class SeekerRanking(VacancyEntry vacancy, int top, DateOnly today, Func<string, bool>? isExcluded)
{
    private readonly TopN<Candidate> best = new(top, CandidateOrder.Instance);

    /// <summary>Offers an indexed seeker, rejecting on its slot alone where <see cref="MatchRules.MayMatch"/> allows.</summary>
    public void Offer(in SeekerSlot slot)
    {
        if (MatchRules.MayMatch(vacancy, slot))
        {
            Offer(slot.Seeker);
        }
    }

    public void Offer(SeekerEntry seeker)
    {
        if (!MatchRules.TryMatch(vacancy, seeker, today, out var match))
        {
            return;
        }
        var candidate = new Candidate(seeker, match);
        // Ask the caller's predicate only for seekers who would make the list.
        if (best.WouldKeep(candidate) && isExcluded?.Invoke(seeker.Pseudonym) != true)
        {
            best.Add(candidate);
        }
    }

    public IReadOnlyList<RankedCandidate> Results() =>
        Array.ConvertAll(best.ToSortedArray(), c => new RankedCandidate(
            c.Seeker.Pseudonym,
            c.Match.IsPriority,
            c.Match.Score,
            Math.Round(c.Match.DistanceKm, 1),
            c.Seeker.Area?.Id,
            MatchReasons.For(vacancy, c.Seeker, c.Match, today)));

    private readonly record struct Candidate(SeekerEntry Seeker, Match Match);

    private sealed class CandidateOrder : IComparer<Candidate>
    {
        public static readonly CandidateOrder Instance = new();

        public int Compare(Candidate x, Candidate y) =>
            x.Match.IsPriority != y.Match.IsPriority ? (x.Match.IsPriority ? -1 : 1)
            : x.Match.Score != y.Match.Score ? y.Match.Score.CompareTo(x.Match.Score)
            : string.CompareOrdinal(x.Seeker.Pseudonym, y.Seeker.Pseudonym);
    }
}
