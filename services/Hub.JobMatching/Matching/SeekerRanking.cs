namespace Hub.JobMatching.Matching;

/// <summary>
/// Collects the best seekers for one vacancy. Candidates may be offered in any order: the order is total
/// (priority tier, then score, then pseudonym by ordinal), so the engine and the scan give identical results.
/// </summary>
internal sealed class SeekerRanking(VacancyEntry vacancy, int top, DateOnly today, Func<string, bool>? isExcluded)
{
    private readonly TopN<Candidate> best = new(top, CandidateOrder.Instance);

    /// <summary>
    /// Offers an indexed seeker. Its slot alone rules out most: those <see cref="MatchRules.MayMatch"/> rejects,
    /// and, once the list is full, those whose <see cref="MatchRules.Ceiling"/> is below the worst kept.
    /// </summary>
    public void Offer(in SeekerSlot slot)
    {
        if (!MatchRules.MayMatch(vacancy, slot, out var chordSquared))
        {
            return;
        }
        if (best.TryGetWorstWhenFull(out var worst))
        {
            var (isPriority, score) = MatchRules.Ceiling(vacancy, slot, chordSquared);
            // Equal scores are decided by pseudonym, which the slot does not hold: only a lower ceiling is skipped.
            if (isPriority != worst.Match.IsPriority ? !isPriority : score < worst.Match.Score)
            {
                return;
            }
        }
        Offer(slot.Seeker);
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
