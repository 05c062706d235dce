using Riok.Mapperly.Abstractions;

namespace Hub.JobMatching.Matching;

/// <summary>What the engine needs of the stored entities; generated at build time, the rest of an entity stays out.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ProfileMapping
{
    // The partner API takes no start date for a vacancy; the engine then counts from the closing date.
    [MapperIgnoreTarget(nameof(VacancyProfile.StartDate))]
    public static partial VacancyProfile ToProfile(this Vacancy vacancy);

    public static partial SeekerProfile ToProfile(this JobSeeker seeker);
}
