namespace Hub.Contracts.Matching;

/// <summary>An employer or housing corporation published (or republished) a vacancy through the gateway.</summary>
public record VacancyPublished
{
    public required Guid VacancyId { get; init; }
    /// <summary>The publishing partner's organisation id, taken from authentication, never from the body.</summary>
    public required string EmployerId { get; init; }
    public required string Title { get; init; }
    public required string OccupationCode { get; init; }
    public required string Postcode { get; init; }
    public required int HoursPerWeek { get; init; }
    public required int Positions { get; init; }
    public required DateOnly ClosingDate { get; init; }
    public bool IsRecoveryJob { get; init; }
    public bool IsLearnWorkPlace { get; init; }
    public bool HasWageCostCompensation { get; init; }
    public IReadOnlyList<string> RequiredSkills { get; init; } = [];
    public IReadOnlyList<string> NiceToHaveSkills { get; init; } = [];
    public IReadOnlyList<string> RequiredLicences { get; init; } = [];
    public required DateTime PublishedAt { get; init; }
}
