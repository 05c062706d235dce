namespace Hub.Gateway.Vacancies;

/// <summary>The caller's own vacancies.</summary>
public sealed record VacancyList
{
    /// <summary>Newest first (by the publication of the current version), at most 200.</summary>
    public required IReadOnlyList<VacancySummary> Vacancies { get; init; }
}
