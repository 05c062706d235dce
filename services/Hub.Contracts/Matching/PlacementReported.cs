namespace Hub.Contracts.Matching;

/// <summary>The employer reports the outcome of an accepted proposal: hired (with a start date) or not.</summary>
public record PlacementReported
{
    public required Guid ProposalId { get; init; }
    public required string EmployerId { get; init; }
    public required bool Hired { get; init; }
    public DateOnly? StartDate { get; init; }
    public required DateTime ReportedAt { get; init; }
}
