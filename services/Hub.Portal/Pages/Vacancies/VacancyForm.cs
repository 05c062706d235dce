using Hub.Client.Models;

namespace Hub.Portal.Pages.Vacancies;

/// <summary>The vacancy form as typed: lists as comma-separated text; the gateway checks the rules.</summary>
public sealed class VacancyForm
{
    public string? Title { get; set; }
    public string? OccupationCode { get; set; }
    public string? Postcode { get; set; }
    public int? HoursPerWeek { get; set; }
    public int? Positions { get; set; }
    public DateOnly? ClosingDate { get; set; }
    public bool IsRecoveryJob { get; set; } = true;
    public bool IsLearnWorkPlace { get; set; }
    public bool HasWageCostCompensation { get; set; }
    public string? RequiredSkills { get; set; }
    public string? NiceToHaveSkills { get; set; }
    public string? RequiredLicences { get; set; }

    public VacancyRequest ToRequest() => new()
    {
        Title = Title ?? "",
        OccupationCode = OccupationCode ?? "",
        Postcode = Postcode ?? "",
        HoursPerWeek = HoursPerWeek ?? 0,
        Positions = Positions ?? 0,
        ClosingDate = ClosingDate ?? default,
        IsRecoveryJob = IsRecoveryJob,
        IsLearnWorkPlace = IsLearnWorkPlace,
        HasWageCostCompensation = HasWageCostCompensation,
        RequiredSkills = Terms.Split(RequiredSkills),
        NiceToHaveSkills = Terms.Split(NiceToHaveSkills),
        RequiredLicences = Terms.Split(RequiredLicences),
    };

    public static VacancyForm From(VacancyDetails vacancy) => new()
    {
        Title = vacancy.Title,
        OccupationCode = vacancy.OccupationCode,
        Postcode = vacancy.Postcode,
        HoursPerWeek = vacancy.HoursPerWeek,
        Positions = vacancy.Positions,
        ClosingDate = vacancy.ClosingDate,
        IsRecoveryJob = vacancy.IsRecoveryJob,
        IsLearnWorkPlace = vacancy.IsLearnWorkPlace,
        HasWageCostCompensation = vacancy.HasWageCostCompensation,
        RequiredSkills = string.Join(", ", vacancy.RequiredSkills),
        NiceToHaveSkills = string.Join(", ", vacancy.NiceToHaveSkills),
        RequiredLicences = string.Join(", ", vacancy.RequiredLicences),
    };
}

/// <summary>"vca, heftruck" → ["vca", "heftruck"]; empty → none.</summary>
public static class Terms
{
    public static IReadOnlyList<string>? Split(string? text) =>
        text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } terms ? terms : null;
}
