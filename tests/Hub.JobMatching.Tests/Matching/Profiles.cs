using Hub.JobMatching.Matching;
using Hub.Testing;

namespace Hub.JobMatching.Tests.Matching;

/// <summary>The real focus areas and typical profiles in Leeuwarden Oost; tests change what they are about with <c>with</c>.</summary>
internal static class Profiles
{
    public static readonly DateOnly Today = new(2026, 11, 1);

    private static readonly Lazy<FocusAreas> RealAreas = new(() =>
        FocusAreas.Load(Path.Combine(RepositoryPaths.RepoRoot, "seeds", "areas.json")));

    public static FocusAreas Areas => RealAreas.Value;

    /// <summary>A Bilgaard resident on social assistance for 14 months who wants to be an installer (7126).</summary>
    public static SeekerProfile Seeker(string pseudonym) => new()
    {
        SubjectPseudonym = pseudonym,
        Postcode = "8924AB",
        TargetOccupations = ["7126"],
        Skills = ["technisch inzicht", "vca"],
        Languages = ["nederlands b1"],
        Licences = ["b"],
        HoursMin = 24,
        HoursMax = 36,
        AvailableFrom = Today,
        MaxTravelKm = 20,
        EducationLevel = "mbo-2",
        Benefit = BenefitType.Bijstand,
        BenefitSince = Today.AddMonths(-14),
        ConsentToShare = true,
    };

    /// <summary>An outsider: lives in Leeuwarden centre (8911), not in the focus area, no benefits.</summary>
    public static SeekerProfile Outsider(string pseudonym) =>
        Seeker(pseudonym) with { Postcode = "8911CD", Benefit = BenefitType.None, BenefitSince = null };

    /// <summary>A recovery job for an installer (7126), 32 hours, in Heechterp-Schieringen.</summary>
    public static VacancyProfile Vacancy(int number = 1) => new()
    {
        Id = new Guid($"0193a000-0000-7000-8000-{number:000000000000}"),
        EmployerId = "00000001820029336000",
        OccupationCode = "7126",
        RequiredSkills = ["technisch inzicht"],
        NiceToHaveSkills = ["vca"],
        Postcode = "8925AB",
        HoursPerWeek = 32,
        Positions = 1,
        ClosingDate = Today.AddDays(60),
        IsRecoveryJob = true,
    };

    public static MatchingEngine Engine(IEnumerable<SeekerProfile> seekers, params VacancyProfile[] vacancies)
    {
        var engine = new MatchingEngine(Areas);
        foreach (var seeker in seekers)
        {
            engine.Upsert(seeker);
        }
        foreach (var vacancy in vacancies)
        {
            engine.Upsert(vacancy);
        }
        return engine;
    }

    public static string[] Pseudonyms(this IEnumerable<RankedCandidate> ranked) => [.. ranked.Select(c => c.SubjectPseudonym)];
}
