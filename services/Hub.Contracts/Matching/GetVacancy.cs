namespace Hub.Contracts.Matching;

/// <summary>Request for one vacancy as its owner sees it; answered with <see cref="VacancyDetails"/> or <see cref="VacancyNotFound"/>.</summary>
[Read]
public record GetVacancy
{
    public required Guid VacancyId { get; init; }
    /// <summary>The asking partner: another partner's vacancy is reported as not found.</summary>
    public required string RequestedBy { get; init; }
}
