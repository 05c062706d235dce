using Hub.JobMatching.Matching;

namespace Hub.JobMatching.Tests.Matching;

public class Explaining_a_match
{
    [Fact]
    public void Says_why_in_plain_words()
    {
        var vacancy = Profiles.Vacancy() with
        {
            RequiredSkills = ["technisch inzicht", "solderen", "vca", "klantcontact"],
            HasWageCostCompensation = true,
        };
        using var engine = Profiles.Engine([Profiles.Seeker("seeker-1")], vacancy);

        var candidate = Assert.Single(engine.RankSeekersFor(vacancy.Id, 10, Profiles.Today));

        Assert.Equal(
        [
            "priority: focus-area resident on benefits",
            "lives in focus area Leeuwarden Oost",
            "target occupation matches 7126",
            "2 of 4 required skills",
            "1 of 1 nice-to-have skills",
            "2 km away",
            "hours fit (32 of 24-36)",
            "available now",
            "on benefits for 14 months",
            "wage-cost compensation can apply",
        ], candidate.Reasons);
    }

    [Fact]
    public void Names_a_related_occupation_and_close_hours()
    {
        var seeker = Profiles.Outsider("seeker-1") with
        {
            TargetOccupations = ["9214", "7127"],
            HoursMin = 36,
            HoursMax = 40,
            AvailableFrom = Profiles.Today.AddDays(14),
        };
        using var engine = Profiles.Engine([seeker], Profiles.Vacancy());

        var reasons = Assert.Single(engine.RankSeekersFor(Profiles.Vacancy().Id, 10, Profiles.Today)).Reasons;

        Assert.Contains("related occupation 7127 (same group 712)", reasons);
        Assert.Contains("hours close (32, wants 36-40)", reasons);
        Assert.Contains("available from 2026-11-15", reasons);
        Assert.DoesNotContain(reasons, r => r.StartsWith("priority", StringComparison.Ordinal) || r.Contains("benefits"));
    }

    [Fact]
    public void Shows_no_personal_data_beyond_the_pseudonym()
    {
        var seeker = Profiles.Seeker("seeker-1") with { Benefit = BenefitType.Wajong, EducationLevel = "vmbo" };
        using var engine = Profiles.Engine([seeker], Profiles.Vacancy());

        var candidate = Assert.Single(engine.RankSeekersFor(Profiles.Vacancy().Id, 10, Profiles.Today));
        var text = string.Join(" | ", candidate.Reasons);

        Assert.DoesNotContain("8924", text);
        Assert.DoesNotContain("Wajong", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vmbo", text);
        Assert.DoesNotContain("Bilgaard", text);
    }
}
