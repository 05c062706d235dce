namespace Hub.Gateway.Proposals;

/// <summary>A proposal with its reasons; <see cref="Contact"/> is set only once the job seeker accepted.</summary>
public sealed record ProposalView
{
    public required Guid ProposalId { get; init; }
    public required Guid VacancyId { get; init; }
    /// <summary>The caller's own pseudonym for the job seeker ("pr-" and 32 hex digits): every partner sees another value.</summary>
    public required string SubjectPseudonym { get; init; }
    /// <summary>1 for the best proposal.</summary>
    public required int Rank { get; init; }
    /// <summary>A focus-area resident on benefits (or with a job guarantee) for a recovery vacancy.</summary>
    public required bool IsPriority { get; init; }
    public required int Score { get; init; }
    /// <summary>Why this job seeker was proposed, in words a person can check.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }
    /// <summary>proposed, accepted, declined, hired, rejected or lapsed.</summary>
    public required string Status { get; init; }
    public ProposalContact? Contact { get; init; }
    public required DateTime ProposedAt { get; init; }
}
