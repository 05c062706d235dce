using Hub.JobMatching.Matching;
using Hub.JobMatching.Synthetic;
using Hub.Testing;

namespace Hub.Benchmarks.Matching;

/// <summary>The benchmark's data, sized like the real thing: 100,000 job seekers and 10,000 open vacancies, seeded.</summary>
public sealed class MatchingWorld
{
    public const int SeekerCount = 100_000;
    public const int VacancyCount = 10_000;
    public const int Top = 10;
    public static readonly DateOnly Today = SyntheticData.Today;

    private MatchingWorld(FocusAreas areas, List<SeekerProfile> seekers, List<VacancyProfile> vacancies)
    {
        Areas = areas;
        Seekers = seekers;
        Vacancies = vacancies;
    }

    public FocusAreas Areas { get; }
    public List<SeekerProfile> Seekers { get; }
    public List<VacancyProfile> Vacancies { get; }

    public static MatchingWorld Generate(int seed = 2026)
    {
        var areas = FocusAreas.Load(Path.Combine(RepositoryPaths.RepoRoot, "seeds", "areas.json"));
        var data = new SyntheticData(areas, seed);
        return new MatchingWorld(areas, [.. data.Seekers(SeekerCount)], [.. data.Vacancies(VacancyCount)]);
    }

    public T Fill<T>(T matcher) where T : IJobMatcher
    {
        Seekers.ForEach(matcher.Upsert);
        Vacancies.ForEach(matcher.Upsert);
        return matcher;
    }
}
