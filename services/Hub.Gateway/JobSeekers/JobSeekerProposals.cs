using Hub.Gateway.Proposals;

namespace Hub.Gateway.JobSeekers;

/// <summary>The proposals made to one of the caller's job seekers or students.</summary>
public sealed record JobSeekerProposals
{
    /// <summary>The caller's own pseudonym for the job seeker, as it asked.</summary>
    public required string SubjectPseudonym { get; init; }
    public required IReadOnlyList<ProposalView> Proposals { get; init; }
}
