namespace Hub.Client.Models;

/// <summary>The proposals made to one job seeker or student, newest first.</summary>
public sealed record JobSeekerProposals
{
    public string SubjectPseudonym { get; init; } = "";
    public IReadOnlyList<ProposalView> Proposals { get; init; } = [];
}
