namespace Hub.Contracts.Matching;

/// <summary>The employer withdrew a vacancy; its open proposals lapse.</summary>
public record VacancyWithdrawn
{
    public required Guid VacancyId { get; init; }
    public required string EmployerId { get; init; }
    public required DateTime WithdrawnAt { get; init; }
}
