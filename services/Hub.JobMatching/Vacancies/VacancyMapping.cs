using Riok.Mapperly.Abstractions;

namespace Hub.JobMatching.Vacancies;

/// <summary>A stored vacancy as its owner reads it; generated at build time.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class VacancyMapping
{
    [MapProperty(nameof(Vacancy.Id), nameof(VacancyDetails.VacancyId))]
    public static partial VacancyDetails ToDetails(Vacancy vacancy);

    /// <param name="proposals">How many proposals were made for it.</param>
    [MapProperty(nameof(Vacancy.Id), nameof(VacancySummary.VacancyId))]
    public static partial VacancySummary ToSummary(Vacancy vacancy, int proposals);

    /// <summary>The status an API word stands for, or null for a word that is none.</summary>
    public static VacancyStatus? StatusNamed(string name) =>
        Enum.GetValues<VacancyStatus>().Where(status => StatusName(status) == name).Select(status => (VacancyStatus?)status).FirstOrDefault();

    /// <summary>open, withdrawn or filled: the words of the API.</summary>
    private static string StatusName(VacancyStatus status) => status.ToString().ToLowerInvariant();
}
