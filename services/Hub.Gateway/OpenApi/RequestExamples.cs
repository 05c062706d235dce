using Hub.Gateway.JobSeekers;
using Hub.Gateway.Proposals;
using Hub.Gateway.Signals;
using Hub.Gateway.Vacancies;

namespace Hub.Gateway.OpenApi;

/// <summary>
/// One valid request per request type, for the OpenAPI document. Dates are relative to today, so the
/// examples stay valid; a test posts each one and expects it to be accepted.
/// </summary>
public static class RequestExamples
{
    private static readonly Dictionary<Type, Func<DateOnly, object>> Examples = new()
    {
        [typeof(VacancyRequest)] = today => new VacancyRequest
        {
            Title = "Leerling-installatiemonteur (BBL)",
            OccupationCode = "7126",
            Postcode = "8925 AB",
            HoursPerWeek = 32,
            Positions = 2,
            ClosingDate = today.AddMonths(2),
            IsRecoveryJob = true,
            IsLearnWorkPlace = true,
            HasWageCostCompensation = true,
            RequiredSkills = ["technisch inzicht"],
            NiceToHaveSkills = ["vca"],
            RequiredLicences = ["b"],
        },
        [typeof(JobSeekerRequest)] = today => new JobSeekerRequest
        {
            Bsn = "111222333",
            Postcode = "8924 AB",
            TargetOccupations = ["7126", "9112"],
            Skills = ["technisch inzicht", "vca"],
            Languages = ["nederlands b1", "engels a2"],
            Licences = ["b"],
            HoursMin = 24,
            HoursMax = 36,
            AvailableFrom = today.AddDays(14),
            MaxTravelKm = 15,
            EducationLevel = "mbo-2",
            BenefitType = "bijstand",
            BenefitSince = today.AddYears(-1),
            ConsentToShare = true,
        },
        [typeof(StudentRequest)] = today => new StudentRequest
        {
            Bsn = "123456782",
            Postcode = "8921 AA",
            TargetOccupations = ["7126"],
            HoursMin = 20,
            HoursMax = 32,
            AvailableFrom = today.AddMonths(1),
            MaxTravelKm = 10,
            HasJobGuarantee = true,
            LearnWorkDeadline = today.AddMonths(3),
            ConsentToShare = true,
        },
        [typeof(WithdrawalRequest)] = _ => new WithdrawalRequest { Bsn = "111222333", Reason = "found-work" },
        [typeof(ProposalAnswerRequest)] = _ => new ProposalAnswerRequest
        {
            Accepted = true,
            Contact = new ContactRequest { Name = "Sanne de Vries", Phone = "06 12345678", Email = "sanne@example.nl" },
        },
        [typeof(PlacementRequest)] = today => new PlacementRequest { Hired = true, StartDate = today.AddDays(14) },
        [typeof(SignalRequest)] = today => new SignalRequest
        {
            Bsn = "111222333",
            Category = "rent-arrears",
            Details = new() { ["amount"] = "1250.00", ["since"] = today.AddMonths(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["reminders-sent"] = "2" },
            OccurredOn = today.AddDays(-7),
            AreaId = "leeuwarden-oost",
        },
        [typeof(ConsentRequest)] = today => new ConsentRequest
        {
            Bsn = "111222333",
            Categories = ["youth-nuisance"],
            ToRole = "municipality",
            Purpose = "youth-care",
            ValidFrom = today,
            ValidUntil = today.AddYears(1),
        },
        [typeof(ConsentRevocationRequest)] = _ => new ConsentRevocationRequest { Bsn = "111222333" },
        [typeof(SubjectAccessRequest)] = _ => new SubjectAccessRequest { Bsn = "111222333" },
        [typeof(AcknowledgementRequest)] = _ => new AcknowledgementRequest { DeliveryIds = [Guid.Parse("0197a4d2-6b1e-7c3a-9f00-00000000d001")] },
        [typeof(OutcomeRequest)] = _ => new OutcomeRequest { Outcome = "help-started", Note = "Intake with the debt team planned." },
    };

    public static object? For(Type requestType, DateOnly today) =>
        Examples.TryGetValue(requestType, out var example) ? example(today) : null;
}
