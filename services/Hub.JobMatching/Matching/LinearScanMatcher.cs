namespace Hub.JobMatching.Matching;

/// <summary>
/// The plain baseline: scores every stored seeker (or vacancy) with <see cref="MatchRules"/>, no index.
/// For tests and the benchmark, as the reference the <see cref="MatchingEngine"/> must equal.
/// Not thread-safe: one thread at a time.
/// </summary>
public sealed class LinearScanMatcher(FocusAreas areas) : IJobMatcher
{
    private readonly ProfileCompiler compiler = new(areas);
    private readonly Dictionary<string, SeekerEntry> seekers = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, VacancyEntry> vacancies = [];

    public void Upsert(SeekerProfile seeker) => seekers[seeker.SubjectPseudonym] = compiler.Compile(seeker);

    public bool Remove(string subjectPseudonym) => seekers.Remove(subjectPseudonym);

    public void Upsert(VacancyProfile vacancy) => vacancies[vacancy.Id] = compiler.Compile(vacancy, intern: true);

    public bool Remove(Guid vacancyId) => vacancies.Remove(vacancyId);

    public IReadOnlyList<RankedCandidate> RankSeekersFor(Guid vacancyId, int top, DateOnly today, Func<string, bool>? isExcluded = null) =>
        vacancies.TryGetValue(vacancyId, out var vacancy) ? Rank(vacancy, top, today, isExcluded) : [];

    public IReadOnlyList<RankedCandidate> RankSeekersFor(VacancyProfile vacancy, int top, DateOnly today, Func<string, bool>? isExcluded = null) =>
        Rank(compiler.Compile(vacancy, intern: false), top, today, isExcluded);

    public IReadOnlyList<RankedVacancy> RankVacanciesFor(string subjectPseudonym, int top, DateOnly today, Func<Guid, bool>? isExcluded = null)
    {
        if (!seekers.TryGetValue(subjectPseudonym, out var seeker))
        {
            return [];
        }
        var ranking = new VacancyRanking(seeker, top, today, isExcluded);
        foreach (var vacancy in vacancies.Values)
        {
            ranking.Offer(vacancy);
        }
        return ranking.Results();
    }

    private IReadOnlyList<RankedCandidate> Rank(VacancyEntry vacancy, int top, DateOnly today, Func<string, bool>? isExcluded)
    {
        var ranking = new SeekerRanking(vacancy, top, today, isExcluded);
        foreach (var seeker in seekers.Values)
        {
            ranking.Offer(seeker);
        }
        return ranking.Results();
    }
}
