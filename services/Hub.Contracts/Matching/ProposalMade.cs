namespace Hub.Contracts.Matching;

/// <summary>Job matching proposed a job seeker for a vacancy, with its reasons in plain words. No contact details.</summary>
public record ProposalMade
{
    public required Guid ProposalId { get; init; }
    public required Guid VacancyId { get; init; }
    public required string EmployerId { get; init; }
    public required string SubjectPseudonym { get; init; }
    public required bool IsPriority { get; init; }
    public required int Score { get; init; }
    public required IReadOnlyList<string> Reasons { get; init; }
    public string? FocusAreaId { get; init; }
    public required DateTime ProposedAt { get; init; }
}
