namespace Hub.JobMatching.Storage;

public sealed class Vacancy
{
    public Guid Id { get; set; }
    public required string EmployerId { get; set; }
    public required string Title { get; set; }
    public required string OccupationCode { get; set; }
    public required string Postcode { get; set; }
    /// <summary>The focus area the workplace lies in, for the per-area figures.</summary>
    public string? FocusAreaId { get; set; }
    public int HoursPerWeek { get; set; }
    public int Positions { get; set; }
    public DateOnly ClosingDate { get; set; }
    public bool IsRecoveryJob { get; set; }
    public bool IsLearnWorkPlace { get; set; }
    public bool HasWageCostCompensation { get; set; }
    public List<string> RequiredSkills { get; set; } = [];
    public List<string> NiceToHaveSkills { get; set; } = [];
    public List<string> RequiredLicences { get; set; } = [];
    public VacancyStatus Status { get; set; }
    /// <summary>When the partner published this version; an older version never overwrites a newer one.</summary>
    public DateTime PublishedAt { get; set; }
    public DateTime RegisteredAt { get; set; }
    /// <summary>When matching state last changed, in the order every instance replays (see EngineSync).</summary>
    public long IndexVersion { get; set; }
}
