namespace Hub.JobMatching.Matching;

/// <summary>Collects the best vacancies for one seeker: priority tier, then score, then vacancy id.</summary>
internal sealed class VacancyRanking(SeekerEntry seeker, int top, DateOnly today, Func<Guid, bool>? isExcluded)
{
    private readonly TopN<Candidate> best = new(top, CandidateOrder.Instance);

    public void Offer(VacancyEntry vacancy)
    {
        if (!MatchRules.TryMatch(vacancy, seeker, today, out var match))
        {
            return;
        }
        var candidate = new Candidate(vacancy, match);
        if (best.WouldKeep(candidate) && isExcluded?.Invoke(vacancy.Profile.Id) != true)
        {
            best.Add(candidate);
        }
    }

    public IReadOnlyList<RankedVacancy> Results() =>
        Array.ConvertAll(best.ToSortedArray(), c => new RankedVacancy(
            c.Vacancy.Profile.Id,
            c.Vacancy.Profile.EmployerId,
            c.Match.IsPriority,
            c.Match.Score,
            Math.Round(c.Match.DistanceKm, 1),
            MatchReasons.For(c.Vacancy, seeker, c.Match, today)));

    private readonly record struct Candidate(VacancyEntry Vacancy, Match Match);

    private sealed class CandidateOrder : IComparer<Candidate>
    {
        public static readonly CandidateOrder Instance = new();

        public int Compare(Candidate x, Candidate y) =>
            x.Match.IsPriority != y.Match.IsPriority ? (x.Match.IsPriority ? -1 : 1)
            : x.Match.Score != y.Match.Score ? y.Match.Score.CompareTo(x.Match.Score)
            : x.Vacancy.Profile.Id.CompareTo(y.Vacancy.Profile.Id);
    }
}
