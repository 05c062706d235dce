namespace Hub.Contracts.Matching;

/// <summary>A proposal as a partner sees it; <see cref="Contact"/> is set only once the job seeker accepted.</summary>
public record ProposalView
{
    public required Guid ProposalId { get; init; }
    public required Guid VacancyId { get; init; }
    /// <summary>The Hub pseudonym on the bus; the gateway shows each partner its own pseudonym ("pr-...") instead.</summary>
    public required string SubjectPseudonym { get; init; }
    public required int Rank { get; init; }
    public required bool IsPriority { get; init; }
    public required int Score { get; init; }
    public required IReadOnlyList<string> Reasons { get; init; }
    /// <summary>proposed, accepted, declined, hired, rejected or lapsed.</summary>
    public required string Status { get; init; }
    public ProposalContact? Contact { get; init; }
    public required DateTime ProposedAt { get; init; }
}
