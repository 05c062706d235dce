namespace Hub.Contracts.Matching;

/// <summary>The asking partner's own vacancies, newest first; answered with <see cref="VacancyList"/>.</summary>
[Read]
public record GetVacancies
{
    /// <summary>The asking partner: only its own vacancies are listed.</summary>
    public required string RequestedBy { get; init; }
    /// <summary>open, withdrawn or filled; null for all.</summary>
    public string? Status { get; init; }
}
