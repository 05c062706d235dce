namespace Hub.JobMatching.Matching;

/// <summary>A vacancy as the matching engine sees it.</summary>
public sealed record VacancyProfile
{
    public required Guid Id { get; init; }
    public required string EmployerId { get; init; }
    /// <summary>ISCO-08 unit-group code (4 digits); its first 3 digits are the minor group.</summary>
    public required string OccupationCode { get; init; }
    public IReadOnlyList<string> RequiredSkills { get; init; } = [];
    public IReadOnlyList<string> NiceToHaveSkills { get; init; } = [];
    public IReadOnlyList<string> RequiredLicences { get; init; } = [];
    public required string Postcode { get; init; }
    public int HoursPerWeek { get; init; }
    public int Positions { get; init; } = 1;
    public DateOnly ClosingDate { get; init; }
    /// <summary>When the job starts; when absent, a seeker must be available by the closing date.</summary>
    public DateOnly? StartDate { get; init; }
    public bool IsRecoveryJob { get; init; }
    /// <summary>A learn-work (BBL) place: work combined with mbo school.</summary>
    public bool IsLearnWorkPlace { get; init; }
    public bool HasWageCostCompensation { get; init; }
}
