namespace Hub.Contracts.Matching;

[Read]
public record VacancyDetails
{
    public required Guid VacancyId { get; init; }
    public required string EmployerId { get; init; }
    public required string Title { get; init; }
    public required string OccupationCode { get; init; }
    public required string Postcode { get; init; }
    public required int HoursPerWeek { get; init; }
    public required int Positions { get; init; }
    public required DateOnly ClosingDate { get; init; }
    public required bool IsRecoveryJob { get; init; }
    public required bool IsLearnWorkPlace { get; init; }
    public required bool HasWageCostCompensation { get; init; }
    public required IReadOnlyList<string> RequiredSkills { get; init; }
    public required IReadOnlyList<string> NiceToHaveSkills { get; init; }
    public required IReadOnlyList<string> RequiredLicences { get; init; }
    public required string Status { get; init; }
    public required DateTime PublishedAt { get; init; }
    public required DateTime RegisteredAt { get; init; }
}
