namespace Hub.Contracts.Matching;

/// <summary>The proposals made to one job seeker, for the job agency that registered them.</summary>
[Read]
public record GetJobSeekerProposals
{
    public required string SubjectPseudonym { get; init; }
    public required string RequestedBy { get; init; }
}
