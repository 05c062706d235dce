using System.ComponentModel.DataAnnotations;

namespace Hub.Gateway.Vacancies;

/// <summary>A vacancy as a partner posts it. Everything is optional here so that a missing field gets a named error.</summary>
public sealed record VacancyRequest
{
    /// <example>Leerling-installatiemonteur (BBL)</example>
    [Required]
    public string? Title { get; init; }
    /// <summary>Occupation code (ISCO-08, 4 digits, or a CBS BRC code of up to 6 digits).</summary>
    /// <example>7126</example>
    [Required]
    public string? OccupationCode { get; init; }
    /// <summary>Dutch postcode of the workplace, e.g. 8925 AB.</summary>
    /// <example>8925 AB</example>
    [Required]
    public string? Postcode { get; init; }
    /// <example>32</example>
    [Required]
    public int? HoursPerWeek { get; init; }
    /// <example>2</example>
    [Required]
    public int? Positions { get; init; }
    /// <example>2027-03-01</example>
    [Required]
    public DateOnly? ClosingDate { get; init; }
    /// <summary>A recovery vacancy (herstelvacature): focus-area residents on benefits come first.</summary>
    public bool? IsRecoveryJob { get; init; }
    /// <summary>A learn-work place (BBL).</summary>
    public bool? IsLearnWorkPlace { get; init; }
    public bool? HasWageCostCompensation { get; init; }
    public string[]? RequiredSkills { get; init; }
    public string[]? NiceToHaveSkills { get; init; }
    public string[]? RequiredLicences { get; init; }
}
