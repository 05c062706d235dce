namespace Hub.Client.Models;

/// <summary>Your own vacancies, newest first (by the publication of their current version), at most 200.</summary>
public sealed record VacancyList
{
    public IReadOnlyList<VacancySummary> Vacancies { get; init; } = [];
}
