namespace Hub.Gateway.Vacancies;

/// <summary>A vacancy as the Hub holds it, readable by its owner only.</summary>
public sealed record VacancyDetails
{
    public required Guid VacancyId { get; init; }
    /// <summary>The owner's organisation id (OIN), taken from its API key.</summary>
    public required string EmployerId { get; init; }
    public required string Title { get; init; }
    public required string OccupationCode { get; init; }
    /// <summary>Normalised, e.g. "8925AB".</summary>
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
    /// <summary>open, withdrawn or filled.</summary>
    public required string Status { get; init; }
    /// <summary>When the gateway accepted it (UTC).</summary>
    public required DateTime PublishedAt { get; init; }
    /// <summary>When job matching registered it (UTC).</summary>
    public required DateTime RegisteredAt { get; init; }
}
