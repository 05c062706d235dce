namespace Hub.Contracts.Matching;

/// <summary>Job matching stored a vacancy and will match it; the first business effect of a publication.</summary>
public record VacancyRegistered
{
    public required Guid VacancyId { get; init; }
    public required string EmployerId { get; init; }
    public required string Postcode { get; init; }
    public required bool IsRecoveryJob { get; init; }
    public required DateTime RegisteredAt { get; init; }
}
