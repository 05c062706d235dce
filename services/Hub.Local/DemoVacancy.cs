using Hub.Contracts.Matching;

namespace Hub.Local;

/// <summary>A vacancy in seeds/demo-vacancies.json; closing dates are relative so the demo never goes stale.</summary>
internal sealed record DemoVacancy(
    Guid VacancyId,
    string EmployerId,
    string Title,
    string OccupationCode,
    string Postcode,
    int HoursPerWeek,
    int Positions,
    int ClosesInDays,
    bool IsRecoveryJob,
    bool IsLearnWorkPlace,
    bool HasWageCostCompensation,
    string[] RequiredSkills,
    string[] NiceToHaveSkills,
    string[] RequiredLicences,
    DateTime PublishedAt)
{
    public VacancyPublished ToMessage(DateOnly today) => new()
    {
        VacancyId = VacancyId,
        EmployerId = EmployerId,
        Title = Title,
        OccupationCode = OccupationCode,
        Postcode = Postcode,
        HoursPerWeek = HoursPerWeek,
        Positions = Positions,
        ClosingDate = today.AddDays(ClosesInDays),
        IsRecoveryJob = IsRecoveryJob,
        IsLearnWorkPlace = IsLearnWorkPlace,
        HasWageCostCompensation = HasWageCostCompensation,
        RequiredSkills = RequiredSkills,
        NiceToHaveSkills = NiceToHaveSkills,
        RequiredLicences = RequiredLicences,
        PublishedAt = DateTime.SpecifyKind(PublishedAt, DateTimeKind.Utc),
    };
}
