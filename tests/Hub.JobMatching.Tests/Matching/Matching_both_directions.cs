using Hub.JobMatching.Matching;
using Hub.JobMatching.Synthetic;

namespace Hub.JobMatching.Tests.Matching;

public class Matching_both_directions
{
    [Fact]
    public void Finds_the_vacancies_that_fit_a_seeker_best_first()
    {
        var recovery = Profiles.Vacancy(1);
        var regular = Profiles.Vacancy(2) with { IsRecoveryJob = false, RequiredSkills = [], NiceToHaveSkills = [] };
        var otherTrade = Profiles.Vacancy(3) with { OccupationCode = "5153" };
        var farAway = Profiles.Vacancy(4) with { Postcode = "3072AB" };
        using var engine = Profiles.Engine([Profiles.Seeker("seeker-1")], recovery, regular, otherTrade, farAway);

        var ranked = engine.RankVacanciesFor("seeker-1", 10, Profiles.Today);

        Assert.Equal([recovery.Id, regular.Id], ranked.Select(v => v.VacancyId));
        Assert.True(ranked[0].IsPriority);
        Assert.Contains("target occupation matches 7126", ranked[0].Reasons);
        Assert.Equal("00000001820029336000", ranked[0].EmployerId);
    }

    [Fact]
    public void Gives_the_same_score_and_reasons_both_ways()
    {
        using var engine = Profiles.Engine([Profiles.Seeker("seeker-1")], Profiles.Vacancy());

        var forVacancy = Assert.Single(engine.RankSeekersFor(Profiles.Vacancy().Id, 10, Profiles.Today));
        var forSeeker = Assert.Single(engine.RankVacanciesFor("seeker-1", 10, Profiles.Today));

        Assert.Equal(forVacancy.Score, forSeeker.Score);
        Assert.Equal(forVacancy.Reasons, forSeeker.Reasons);
    }

    [Fact]
    public void Follows_updates_and_withdrawals()
    {
        using var engine = Profiles.Engine([Profiles.Seeker("seeker-1"), Profiles.Seeker("seeker-2")], Profiles.Vacancy());

        engine.Upsert(Profiles.Seeker("seeker-1") with { Postcode = "3072AB" });
        Assert.True(engine.Remove("seeker-2"));
        Assert.Empty(engine.RankSeekersFor(Profiles.Vacancy().Id, 10, Profiles.Today));

        engine.Upsert(Profiles.Seeker("seeker-1"));
        Assert.Single(engine.RankSeekersFor(Profiles.Vacancy().Id, 10, Profiles.Today));

        Assert.True(engine.Remove(Profiles.Vacancy().Id));
        Assert.False(engine.Remove(Profiles.Vacancy().Id));
        Assert.Empty(engine.RankVacanciesFor("seeker-1", 10, Profiles.Today));
        Assert.Equal((1, 0), (engine.SeekerCount, engine.VacancyCount));
    }

    [Fact]
    public async Task Ranks_while_profiles_change_concurrently()
    {
        var data = new SyntheticData(Profiles.Areas, seed: 7, SyntheticShape.Dense);
        var before = data.Seekers(400).ToList();
        var added = data.Seekers(400, first: 400).ToList();
        var vacancies = data.Vacancies(40).ToList();
        using var engine = Profiles.Engine(before, [.. vacancies]);

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 400; i++)
            {
                engine.RankSeekersFor(vacancies[i % vacancies.Count].Id, 10, SyntheticData.Today);
            }
        })).ToList();
        foreach (var seeker in added)
        {
            engine.Upsert(seeker);
        }
        await Task.WhenAll(readers);

        var scan = new LinearScanMatcher(Profiles.Areas);
        foreach (var seeker in before.Concat(added))
        {
            scan.Upsert(seeker);
        }
        foreach (var vacancy in vacancies)
        {
            scan.Upsert(vacancy);
            Assert.Equal(
                Results.Lines(scan.RankSeekersFor(vacancy.Id, 10, SyntheticData.Today)),
                Results.Lines(engine.RankSeekersFor(vacancy.Id, 10, SyntheticData.Today)));
        }
    }
}
