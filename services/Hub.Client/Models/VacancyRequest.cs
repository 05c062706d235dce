namespace Hub.Client.Models;

/// <summary>A vacancy to publish (POST /api/v1/vacancies) or to replace (PUT /api/v1/vacancies/{id}).</summary>
public sealed record VacancyRequest
{
    /// <summary>3 to 200 characters, e.g. "Leerling-installatiemonteur (BBL)".</summary>
    public required string Title { get; init; }
    /// <summary>ISCO-08 (4 digits) or CBS BRC code (up to 6 digits), e.g. "7126".</summary>
    public required string OccupationCode { get; init; }
    /// <summary>Dutch postcode of the workplace, e.g. "8925 AB"; the Hub stores it as "8925AB".</summary>
    public required string Postcode { get; init; }
    /// <summary>1 to 48.</summary>
    public required int HoursPerWeek { get; init; }
    /// <summary>1 to 500.</summary>
    public required int Positions { get; init; }
    /// <summary>Today or later, within a year.</summary>
    public required DateOnly ClosingDate { get; init; }
    /// <summary>A recovery vacancy (herstelvacature): focus-area residents on benefits come first.</summary>
    public bool? IsRecoveryJob { get; init; }
    /// <summary>A learn-work place (BBL).</summary>
    public bool? IsLearnWorkPlace { get; init; }
    public bool? HasWageCostCompensation { get; init; }
    /// <summary>Up to 30 short terms each; the Hub stores them trimmed and lower-case.</summary>
    public IReadOnlyList<string>? RequiredSkills { get; init; }
    public IReadOnlyList<string>? NiceToHaveSkills { get; init; }
    /// <summary>Up to 10 terms, e.g. "b" for a driving licence.</summary>
    public IReadOnlyList<string>? RequiredLicences { get; init; }
}
