namespace Hub.Client.Models;

/// <summary>A vacancy as the Hub holds it, readable by its owner only.</summary>
public sealed record VacancyDetails
{
    public Guid VacancyId { get; init; }
    /// <summary>The owner's organisation id (OIN), taken from its API key.</summary>
    public string EmployerId { get; init; } = "";
    public string Title { get; init; } = "";
    public string OccupationCode { get; init; } = "";
    /// <summary>Normalised, e.g. "8925AB".</summary>
    public string Postcode { get; init; } = "";
    public int HoursPerWeek { get; init; }
    public int Positions { get; init; }
    public DateOnly ClosingDate { get; init; }
    public bool IsRecoveryJob { get; init; }
    public bool IsLearnWorkPlace { get; init; }
    public bool HasWageCostCompensation { get; init; }
    public IReadOnlyList<string> RequiredSkills { get; init; } = [];
    public IReadOnlyList<string> NiceToHaveSkills { get; init; } = [];
    public IReadOnlyList<string> RequiredLicences { get; init; } = [];
    /// <summary>open, withdrawn or filled.</summary>
    public string Status { get; init; } = "";
    /// <summary>When the gateway accepted it (UTC).</summary>
    public DateTime PublishedAt { get; init; }
    /// <summary>When job matching registered it (UTC).</summary>
    public DateTime RegisteredAt { get; init; }
}
