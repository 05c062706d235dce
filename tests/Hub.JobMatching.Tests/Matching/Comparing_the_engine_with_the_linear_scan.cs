using FsCheck.Xunit;
using Hub.JobMatching.Matching;
using Hub.JobMatching.Synthetic;

namespace Hub.JobMatching.Tests.Matching;

/// <summary>The indexed engine must rank exactly like the plain scan: same candidates, order, scores and reasons.</summary>
public class Comparing_the_engine_with_the_linear_scan
{
    [Property(MaxTest = 60)]
    public void Ranks_exactly_like_the_linear_scan_after_random_changes(int seed)
    {
        var data = new SyntheticData(Profiles.Areas, seed, SyntheticShape.Dense);
        var random = new Random(seed);
        using var engine = new MatchingEngine(Profiles.Areas);
        var scan = new LinearScanMatcher(Profiles.Areas);
        IJobMatcher[] both = [engine, scan];

        var seekers = random.Next(50, 300);
        var vacancies = random.Next(5, 40);
        foreach (var seeker in data.Seekers(seekers))
        {
            Array.ForEach(both, m => m.Upsert(seeker));
        }
        foreach (var vacancy in data.Vacancies(vacancies))
        {
            Array.ForEach(both, m => m.Upsert(vacancy));
        }
        for (var step = random.Next(100); step > 0; step--)
        {
            // New or updated profiles (numbers repeat) and removals of known and unknown ones.
            var number = random.Next(seekers + 20);
            var vacancy = data.Vacancy(number % (vacancies + 5));
            var seeker = data.Seeker(number);
            switch (random.Next(4))
            {
                case 0: Array.ForEach(both, m => m.Upsert(seeker)); break;
                case 1: Array.ForEach(both, m => m.Remove(seeker.SubjectPseudonym)); break;
                case 2: Array.ForEach(both, m => m.Upsert(vacancy)); break;
                default: Array.ForEach(both, m => m.Remove(vacancy.Id)); break;
            }
        }

        var today = SyntheticData.Today.AddDays(random.Next(-5, 30));
        var top = random.Next(1, 25);
        Func<string, bool> excluded = p => p.EndsWith('7');
        foreach (var number in Enumerable.Range(0, vacancies + 5))
        {
            var vacancy = data.Vacancy(number);
            AssertSame(scan.RankSeekersFor(vacancy.Id, top, today, excluded), engine.RankSeekersFor(vacancy.Id, top, today, excluded));
            AssertSame(scan.RankSeekersFor(vacancy, top, today), engine.RankSeekersFor(vacancy, top, today));
        }
        foreach (var number in Enumerable.Range(0, seekers + 20))
        {
            var pseudonym = $"seeker-{number:000000}";
            Assert.Equal(Results.Lines(scan.RankVacanciesFor(pseudonym, top, today)), Results.Lines(engine.RankVacanciesFor(pseudonym, top, today)));
        }
    }

    [Fact]
    public void Ranks_realistic_data_exactly_like_the_linear_scan()
    {
        var data = new SyntheticData(Profiles.Areas, seed: 2026);
        using var engine = new MatchingEngine(Profiles.Areas);
        var scan = new LinearScanMatcher(Profiles.Areas);
        foreach (var seeker in data.Seekers(20_000))
        {
            engine.Upsert(seeker);
            scan.Upsert(seeker);
        }

        var ranked = 0;
        foreach (var vacancy in data.Vacancies(300))
        {
            var expected = scan.RankSeekersFor(vacancy, 20, SyntheticData.Today);
            AssertSame(expected, engine.RankSeekersFor(vacancy, 20, SyntheticData.Today));
            ranked += expected.Count;
        }
        Assert.True(ranked > 1_000, $"only {ranked} candidates ranked: the data exercises too little");
    }

    private static void AssertSame(IReadOnlyList<RankedCandidate> expected, IReadOnlyList<RankedCandidate> actual) =>
        Assert.Equal(Results.Lines(expected), Results.Lines(actual));
}
