namespace Hub.Gateway.Proposals;

/// <summary>The ranked proposals for one of the caller's vacancies.</summary>
public sealed record VacancyProposals
{
    public required Guid VacancyId { get; init; }
    public required IReadOnlyList<ProposalView> Proposals { get; init; }
}
