namespace Hub.JobMatching.Matching;

/// <summary>
/// Matches job seekers and vacancies in memory. Indexes narrow the candidates (occupation group, travel
/// band, ~20 km grid cell) and <see cref="MatchRules"/> decides, so results equal <see cref="LinearScanMatcher"/>'s
/// (a property test checks it). Thread-safe: rankings run concurrently under a read lock; upserts and
/// removes take the write lock and wait for running rankings.
/// </summary>
public sealed class MatchingEngine(FocusAreas areas) : IJobMatcher, IDisposable
{
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly ProfileCompiler compiler = new(areas);
    private readonly Dictionary<string, SeekerEntry> seekers = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, VacancyEntry> vacancies = [];
    private readonly SeekerGrid seekerIndex = new();
    private readonly VacancyIndex vacancyIndex = new();

    public int SeekerCount
    {
        get
        {
            using var _ = gate.Reading();
            return seekers.Count;
        }
    }

    public int VacancyCount
    {
        get
        {
            using var _ = gate.Reading();
            return vacancies.Count;
        }
    }

    public void Upsert(SeekerProfile seeker)
    {
        using var _ = gate.Writing();
        var entry = compiler.Compile(seeker);
        RemoveSeeker(seeker.SubjectPseudonym);
        seekers.Add(seeker.SubjectPseudonym, entry);
        seekerIndex.Add(entry);
    }

    public bool Remove(string subjectPseudonym)
    {
        using var _ = gate.Writing();
        return RemoveSeeker(subjectPseudonym);
    }

    public void Upsert(VacancyProfile vacancy)
    {
        using var _ = gate.Writing();
        var entry = compiler.Compile(vacancy, intern: true);
        RemoveVacancy(vacancy.Id);
        vacancies.Add(vacancy.Id, entry);
        vacancyIndex.Add(entry);
    }

    public bool Remove(Guid vacancyId)
    {
        using var _ = gate.Writing();
        return RemoveVacancy(vacancyId);
    }

    public IReadOnlyList<RankedCandidate> RankSeekersFor(Guid vacancyId, int top, DateOnly today, Func<string, bool>? isExcluded = null)
    {
        using var _ = gate.Reading();
        return vacancies.TryGetValue(vacancyId, out var vacancy) ? Rank(vacancy, top, today, isExcluded) : [];
    }

    public IReadOnlyList<RankedCandidate> RankSeekersFor(VacancyProfile vacancy, int top, DateOnly today, Func<string, bool>? isExcluded = null)
    {
        using var _ = gate.Reading();
        // Lookup only: terms no seeker has stay unknown and match no one, as they would after interning.
        return Rank(compiler.Compile(vacancy, intern: false), top, today, isExcluded);
    }

    public IReadOnlyList<RankedVacancy> RankVacanciesFor(string subjectPseudonym, int top, DateOnly today, Func<Guid, bool>? isExcluded = null)
    {
        using var _ = gate.Reading();
        if (!seekers.TryGetValue(subjectPseudonym, out var seeker))
        {
            return [];
        }
        var ranking = new VacancyRanking(seeker, top, today, isExcluded);
        vacancyIndex.Visit(seeker, ranking);
        return ranking.Results();
    }

    public void Dispose() => gate.Dispose();

    private IReadOnlyList<RankedCandidate> Rank(VacancyEntry vacancy, int top, DateOnly today, Func<string, bool>? isExcluded)
    {
        var ranking = new SeekerRanking(vacancy, top, today, isExcluded);
        seekerIndex.Visit(vacancy, ranking);
        return ranking.Results();
    }

    private bool RemoveSeeker(string subjectPseudonym)
    {
        if (!seekers.Remove(subjectPseudonym, out var old))
        {
            return false;
        }
        seekerIndex.Remove(old);
        return true;
    }

    private bool RemoveVacancy(Guid vacancyId)
    {
        if (!vacancies.Remove(vacancyId, out var old))
        {
            return false;
        }
        vacancyIndex.Remove(old);
        return true;
    }
}
