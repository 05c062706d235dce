using Riok.Mapperly.Abstractions;

namespace Hub.JobMatching.Vacancies;

/// <summary>A stored vacancy as its owner reads it; generated at build time.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class VacancyMapping
{
    [MapProperty(nameof(Vacancy.Id), nameof(VacancyDetails.VacancyId))]
    public static partial VacancyDetails ToDetails(Vacancy vacancy);

    /// <summary>open, withdrawn or filled: the words of the API.</summary>
    private static string StatusName(VacancyStatus status) => status.ToString().ToLowerInvariant();
}
