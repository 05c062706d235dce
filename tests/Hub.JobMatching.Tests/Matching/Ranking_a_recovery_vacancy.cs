using Hub.JobMatching.Matching;

namespace Hub.JobMatching.Tests.Matching;

public class Ranking_a_recovery_vacancy
{
    [Fact]
    public void Ranks_focus_area_residents_on_benefits_first()
    {
        // The outsider is a better fit on paper (all skills, exact hours) but is no focus-area resident on benefits.
        var outsider = Profiles.Outsider("a-outsider") with { Skills = ["technisch inzicht", "vca"] };
        var resident = Profiles.Seeker("z-resident") with { Skills = [], HoursMin = 36, HoursMax = 40 };
        using var engine = Profiles.Engine([outsider, resident], Profiles.Vacancy());

        var ranked = engine.RankSeekersFor(Profiles.Vacancy().Id, 10, Profiles.Today);

        Assert.Equal(["z-resident", "a-outsider"], ranked.Pseudonyms());
        Assert.True(ranked[0].IsPriority);
        Assert.False(ranked[1].IsPriority);
        Assert.True(ranked[1].Score > ranked[0].Score);
        Assert.Equal("leeuwarden-oost", ranked[0].FocusAreaId);
    }

    [Fact]
    public void Serves_recent_and_long_term_benefit_recipients_alike()
    {
        var recent = Profiles.Seeker("recent") with { Benefit = BenefitType.Ww, BenefitSince = Profiles.Today.AddMonths(-2) };
        var longTerm = Profiles.Seeker("long-term") with { BenefitSince = Profiles.Today.AddMonths(-40) };
        using var engine = Profiles.Engine([recent, longTerm, Profiles.Outsider("outsider")], Profiles.Vacancy());

        var ranked = engine.RankSeekersFor(Profiles.Vacancy().Id, 10, Profiles.Today);

        Assert.Equal(["long-term", "recent", "outsider"], ranked.Pseudonyms());
        Assert.All(ranked.Take(2), c => Assert.True(c.IsPriority));
        Assert.Contains("on benefits for 2 months", ranked[1].Reasons);
        Assert.Contains("on benefits for 40 months", ranked[0].Reasons);
    }

    [Fact]
    public void Gives_no_area_priority_for_a_regular_vacancy()
    {
        var resident = Profiles.Seeker("resident") with { Skills = [] };
        var outsider = Profiles.Outsider("outsider");
        var regular = Profiles.Vacancy() with { IsRecoveryJob = false };
        using var engine = Profiles.Engine([resident, outsider], regular);

        var ranked = engine.RankSeekersFor(regular.Id, 10, Profiles.Today);

        Assert.Equal(["outsider", "resident"], ranked.Pseudonyms());
        Assert.All(ranked, c => Assert.False(c.IsPriority));
    }

    [Fact]
    public void Breaks_ties_by_pseudonym()
    {
        using var engine = Profiles.Engine(
            [Profiles.Seeker("seeker-b"), Profiles.Seeker("seeker-c"), Profiles.Seeker("seeker-a")], Profiles.Vacancy());

        var ranked = engine.RankSeekersFor(Profiles.Vacancy().Id, 10, Profiles.Today);

        Assert.Equal(["seeker-a", "seeker-b", "seeker-c"], ranked.Pseudonyms());
        Assert.Single(ranked.Select(c => c.Score).Distinct());
    }

    [Fact]
    public void Returns_the_top_n_without_the_seekers_the_caller_excludes()
    {
        var seekers = Enumerable.Range(0, 6).Select(i => Profiles.Seeker($"seeker-{i}"));
        using var engine = Profiles.Engine(seekers, Profiles.Vacancy());

        var ranked = engine.RankSeekersFor(Profiles.Vacancy().Id, 3, Profiles.Today, isExcluded: p => p is "seeker-0" or "seeker-2");

        Assert.Equal(["seeker-1", "seeker-3", "seeker-4"], ranked.Pseudonyms());
    }

    [Fact]
    public void Ranks_an_unsaved_vacancy_like_a_stored_one()
    {
        using var engine = Profiles.Engine([Profiles.Seeker("resident"), Profiles.Outsider("outsider")], Profiles.Vacancy());

        var stored = engine.RankSeekersFor(Profiles.Vacancy().Id, 10, Profiles.Today);
        var unsaved = engine.RankSeekersFor(Profiles.Vacancy(), 10, Profiles.Today);

        Assert.Equal(stored.Pseudonyms(), unsaved.Pseudonyms());
        Assert.Equal(stored.Select(c => c.Score), unsaved.Select(c => c.Score));
        Assert.Empty(engine.RankSeekersFor(Profiles.Vacancy(2).Id, 10, Profiles.Today));
    }
}
