namespace Hub.Client.Models;

/// <summary>The proposals for one vacancy, best first.</summary>
public sealed record VacancyProposals
{
    public Guid VacancyId { get; init; }
    public IReadOnlyList<ProposalView> Proposals { get; init; } = [];
}
