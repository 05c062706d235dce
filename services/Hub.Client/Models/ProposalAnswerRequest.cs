namespace Hub.Client.Models;

/// <summary>The job seeker's answer to a proposal, passed on by the partner that registered them.</summary>
public sealed record ProposalAnswerRequest
{
    /// <summary>True when the job seeker accepts; only then is <see cref="Contact"/> shared with the employer.</summary>
    public required bool Accepted { get; init; }
    /// <summary>Required with an acceptance, refused with a decline.</summary>
    public ContactRequest? Contact { get; init; }
}
