using Hub.JobMatching.Storage;

namespace Hub.JobMatching.Matching;

/// <summary>What the engine needs of the stored entities.</summary>
public static class ProfileMapping
{
    public static VacancyProfile ToProfile(this Vacancy vacancy) => new()
    {
        Id = vacancy.Id,
        EmployerId = vacancy.EmployerId,
        OccupationCode = vacancy.OccupationCode,
        RequiredSkills = vacancy.RequiredSkills,
        NiceToHaveSkills = vacancy.NiceToHaveSkills,
        RequiredLicences = vacancy.RequiredLicences,
        Postcode = vacancy.Postcode,
        HoursPerWeek = vacancy.HoursPerWeek,
        Positions = vacancy.Positions,
        ClosingDate = vacancy.ClosingDate,
        IsRecoveryJob = vacancy.IsRecoveryJob,
        IsLearnWorkPlace = vacancy.IsLearnWorkPlace,
        HasWageCostCompensation = vacancy.HasWageCostCompensation,
    };

    public static SeekerProfile ToProfile(this JobSeeker seeker) => new()
    {
        SubjectPseudonym = seeker.SubjectPseudonym,
        Postcode = seeker.Postcode,
        TargetOccupations = seeker.TargetOccupations,
        Skills = seeker.Skills,
        Languages = seeker.Languages,
        Licences = seeker.Licences,
        HoursMin = seeker.HoursMin,
        HoursMax = seeker.HoursMax,
        AvailableFrom = seeker.AvailableFrom,
        MaxTravelKm = seeker.MaxTravelKm,
        EducationLevel = seeker.EducationLevel,
        Benefit = seeker.Benefit,
        BenefitSince = seeker.BenefitSince,
        ConsentToShare = seeker.ConsentToShare,
        IsStudent = seeker.IsStudent,
        HasJobGuarantee = seeker.HasJobGuarantee,
        LearnWorkDeadline = seeker.LearnWorkDeadline,
    };
}
