namespace Hub.Contracts.Matching;

public record JobSeekerProposals
{
    public required string SubjectPseudonym { get; init; }
    public required IReadOnlyList<ProposalView> Proposals { get; init; }
}
