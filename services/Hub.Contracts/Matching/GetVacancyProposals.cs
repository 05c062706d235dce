namespace Hub.Contracts.Matching;

/// <summary>The ranked proposals for a vacancy, for its owner only; answered with <see cref="VacancyProposals"/> or <see cref="VacancyNotFound"/>.</summary>
[Read]
public record GetVacancyProposals
{
    public required Guid VacancyId { get; init; }
    public required string RequestedBy { get; init; }
}
