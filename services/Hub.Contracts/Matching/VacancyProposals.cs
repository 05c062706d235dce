namespace Hub.Contracts.Matching;

[Read]
public record VacancyProposals
{
    public required Guid VacancyId { get; init; }
    public required IReadOnlyList<ProposalView> Proposals { get; init; }
}
