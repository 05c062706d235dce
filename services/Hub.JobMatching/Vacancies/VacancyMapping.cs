using Hub.Contracts.Matching;
using Hub.JobMatching.Storage;

namespace Hub.JobMatching.Vacancies;

public static class VacancyMapping
{
    public static VacancyDetails ToDetails(Vacancy vacancy) => new()
    {
        VacancyId = vacancy.Id,
        EmployerId = vacancy.EmployerId,
        Title = vacancy.Title,
        OccupationCode = vacancy.OccupationCode,
        Postcode = vacancy.Postcode,
        HoursPerWeek = vacancy.HoursPerWeek,
        Positions = vacancy.Positions,
        ClosingDate = vacancy.ClosingDate,
        IsRecoveryJob = vacancy.IsRecoveryJob,
        IsLearnWorkPlace = vacancy.IsLearnWorkPlace,
        HasWageCostCompensation = vacancy.HasWageCostCompensation,
        RequiredSkills = vacancy.RequiredSkills,
        NiceToHaveSkills = vacancy.NiceToHaveSkills,
        RequiredLicences = vacancy.RequiredLicences,
        Status = vacancy.Status.ToString().ToLowerInvariant(),
        PublishedAt = vacancy.PublishedAt,
        RegisteredAt = vacancy.RegisteredAt,
    };
}
