using Hub.Contracts.Matching;

namespace Hub.JobMatching.Tests.Lifecycle;

/// <summary>Example vacancies and seekers around Leeuwarden: 8925 is in the focus area Leeuwarden Oost, 8911 is not.</summary>
internal static class Messages
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static VacancyPublished Vacancy(int positions = 1, bool recovery = true, string postcode = "8925AB") => new()
    {
        VacancyId = Guid.NewGuid(),
        EmployerId = MatchingHost.EmployerId,
        Title = "Installatiemonteur",
        OccupationCode = "7126",
        Postcode = postcode,
        HoursPerWeek = 32,
        Positions = positions,
        ClosingDate = Today.AddDays(30),
        IsRecoveryJob = recovery,
        RequiredSkills = ["technisch inzicht"],
        PublishedAt = DateTime.UtcNow,
    };

    public static JobSeekerRegistered Seeker(string pseudonym, string postcode, bool consent = true, string benefit = "bijstand") => new()
    {
        SubjectPseudonym = pseudonym,
        JobAgencyId = MatchingHost.AgencyId,
        Postcode = postcode,
        TargetOccupations = ["7126"],
        Skills = ["technisch inzicht"],
        HoursMin = 24,
        HoursMax = 36,
        AvailableFrom = Today,
        MaxTravelKm = 25,
        BenefitType = benefit,
        BenefitSince = Today.AddMonths(-14),
        ConsentToShare = consent,
        RegisteredAt = DateTime.UtcNow,
    };

    public static ProposalAnswered Accept(Guid proposalId) => new()
    {
        ProposalId = proposalId,
        JobAgencyId = MatchingHost.AgencyId,
        Accepted = true,
        Contact = new ProposalContact { Name = "Example Person", Phone = "0580000000" },
        AnsweredAt = DateTime.UtcNow,
    };

    public static ProposalAnswered Decline(Guid proposalId) => new()
    {
        ProposalId = proposalId,
        JobAgencyId = MatchingHost.AgencyId,
        Accepted = false,
        AnsweredAt = DateTime.UtcNow,
    };
}
