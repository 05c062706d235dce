namespace Hub.Client.Models;

/// <summary>A proposal with its reasons; <see cref="Contact"/> is set only once the job seeker accepted.</summary>
public sealed record ProposalView
{
    public Guid ProposalId { get; init; }
    public Guid VacancyId { get; init; }
    /// <summary>Your own pseudonym for the job seeker ("pr-" and 32 hex digits): the BSN never leaves the gateway, and every partner sees another value.</summary>
    public string SubjectPseudonym { get; init; } = "";
    /// <summary>1 for the best proposal.</summary>
    public int Rank { get; init; }
    /// <summary>A focus-area resident on benefits (or with a job guarantee) for a recovery vacancy.</summary>
    public bool IsPriority { get; init; }
    public int Score { get; init; }
    /// <summary>Why this job seeker was proposed, in words a person can check.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
    /// <summary>proposed, accepted, declined, hired, rejected or lapsed.</summary>
    public string Status { get; init; } = "";
    public ProposalContact? Contact { get; init; }
    public DateTime ProposedAt { get; init; }
}
