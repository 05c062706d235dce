using Hub.JobMatching.Matching;

namespace Hub.JobMatching.Tests.Matching;

public class Applying_the_hard_filters
{
    private static readonly VacancyProfile Vacancy = Profiles.Vacancy();

    private static string[] Ranked(params SeekerProfile[] seekers) => Ranked(Vacancy, seekers);

    private static string[] Ranked(VacancyProfile vacancy, params SeekerProfile[] seekers)
    {
        using var engine = Profiles.Engine(seekers, vacancy);
        return engine.RankSeekersFor(vacancy.Id, 10, Profiles.Today).Pseudonyms();
    }

    [Fact]
    public void Never_ranks_a_seeker_without_consent_in_either_direction()
    {
        var withheld = Profiles.Seeker("no-consent") with { ConsentToShare = false };
        using var engine = Profiles.Engine([withheld, Profiles.Seeker("consented")], Vacancy);

        Assert.Equal(["consented"], engine.RankSeekersFor(Vacancy.Id, 10, Profiles.Today).Pseudonyms());
        Assert.Empty(engine.RankVacanciesFor("no-consent", 10, Profiles.Today));
    }

    [Fact]
    public void Leaves_out_seekers_beyond_their_travel_distance()
    {
        // Groningen Selwerd is about 50 km from Leeuwarden Oost.
        var far = Profiles.Seeker("groningen") with { Postcode = "9741AA", MaxTravelKm = 40 };
        var willing = Profiles.Seeker("groningen-willing") with { Postcode = "9741AA", MaxTravelKm = 60 };
        var nearby = Profiles.Seeker("near") with { MaxTravelKm = 5 };

        Assert.Equal(["near", "groningen-willing"], Ranked(far, willing, nearby));
    }

    [Fact]
    public void Leaves_out_seekers_whose_hours_do_not_fit_within_four_hours()
    {
        var fits = Profiles.Seeker("fits") with { HoursMin = 24, HoursMax = 32 };
        var close = Profiles.Seeker("close") with { HoursMin = 12, HoursMax = 28 };
        var tooFew = Profiles.Seeker("too-few") with { HoursMin = 12, HoursMax = 27 };
        var tooMany = Profiles.Seeker("too-many") with { HoursMin = 37, HoursMax = 40 };

        Assert.Equal(["fits", "close"], Ranked(fits, close, tooFew, tooMany));
    }

    [Fact]
    public void Leaves_out_seekers_not_available_by_the_start()
    {
        var starting = Vacancy with { StartDate = Profiles.Today.AddDays(30) };
        var onTime = Profiles.Seeker("on-time") with { AvailableFrom = Profiles.Today.AddDays(30) };
        var late = Profiles.Seeker("late") with { AvailableFrom = Profiles.Today.AddDays(31) };
        var afterClosing = Profiles.Seeker("after-closing") with { AvailableFrom = Profiles.Today.AddDays(61) };

        Assert.Equal(["on-time"], Ranked(starting, onTime, late));
        // Without a start date the closing date counts.
        Assert.Equal(["late"], Ranked(late, afterClosing));
    }

    [Fact]
    public void Leaves_out_seekers_missing_a_required_licence()
    {
        var driving = Vacancy with { RequiredLicences = ["B", "heftruck"] };
        var both = Profiles.Seeker("both") with { Licences = ["b", "Heftruck"] };
        var carOnly = Profiles.Seeker("car-only") with { Licences = ["b"] };

        Assert.Equal(["both"], Ranked(driving, both, carOnly));
    }

    [Fact]
    public void Requires_an_occupation_in_the_same_isco_minor_group()
    {
        var exact = Profiles.Seeker("exact");
        var related = Profiles.Seeker("related") with { TargetOccupations = ["7127"] };
        var other = Profiles.Seeker("other") with { TargetOccupations = ["9214"] };

        Assert.Equal(["exact", "related"], Ranked(exact, related, other));
    }

    [Fact]
    public void Proposes_no_one_for_a_closed_or_filled_vacancy()
    {
        var seeker = Profiles.Seeker("seeker");

        Assert.Empty(Ranked(Vacancy with { ClosingDate = Profiles.Today.AddDays(-1) }, seeker));
        Assert.Empty(Ranked(Vacancy with { Positions = 0 }, seeker));
        Assert.Equal(["seeker"], Ranked(Vacancy with { ClosingDate = Profiles.Today }, seeker));
    }
}
