namespace Hub.Contracts.Matching;

[Read]
public record JobSeekerProposals
{
    public required string SubjectPseudonym { get; init; }
    public required IReadOnlyList<ProposalView> Proposals { get; init; }
}
