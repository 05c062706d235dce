using System.ComponentModel.DataAnnotations;

namespace Hub.Gateway.Proposals;

/// <summary>The job seeker's (or student's) answer to a proposal, passed on by the partner that registered them.</summary>
public sealed record ProposalAnswerRequest
{
    /// <summary>True when the job seeker accepts; only then is <see cref="Contact"/> shared with the employer.</summary>
    /// <example>true</example>
    [Required]
    public bool? Accepted { get; init; }
    /// <summary>Required with an acceptance, refused with a decline.</summary>
    public ContactRequest? Contact { get; init; }
}
