namespace Hub.Contracts.Matching;

[Read]
public record VacancyList
{
    /// <summary>Newest first (by the current version's publication), at most 200.</summary>
    public required IReadOnlyList<VacancySummary> Vacancies { get; init; }
}
