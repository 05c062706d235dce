using System.Text.RegularExpressions;
using Hub.Contracts;
using Hub.Contracts.Matching;

namespace Hub.Gateway.JobSeekers;

/// <summary>Checks a job seeker (or student) field by field and turns a valid one into the message to publish, with a pseudonym for the BSN.</summary>
public static partial class JobSeekerValidator
{
    public static readonly IReadOnlySet<string> BenefitTypes = new HashSet<string> { "none", "ww", "bijstand", "wajong", "wia", "other" };
    public static readonly IReadOnlySet<string> WithdrawalReasons = new HashSet<string> { "found-work", "moved", "consent-revoked", "other" };
    private const string BsnError = "The BSN must be 9 digits that pass the 11-check.";

    public static Dictionary<string, string[]> Validate(JobSeekerRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        // Never echo the value: it could be a real BSN.
        if (!Bsn.IsValid(request.Bsn)) Fail("bsn", BsnError);

        if (string.IsNullOrWhiteSpace(request.Postcode)) Fail("postcode", "The postcode is required.");
        else if (DutchPostcode.Normalise(request.Postcode) is null) Fail("postcode", "The postcode must be a Dutch postcode such as 8924 AB.");

        if (request.TargetOccupations is not { Length: >= 1 and <= 10 }) Fail("targetOccupations", "Give 1 to 10 target occupations.");
        else if (Array.FindIndex(request.TargetOccupations, code => code is null || !IscoPattern().IsMatch(code)) is var bad and >= 0)
            Fail($"targetOccupations[{bad}]", "Each target occupation must be a 4-digit ISCO-08 code.");

        TermList.Check(request.Skills, "skills", 30, Fail);
        TermList.Check(request.Languages, "languages", 10, Fail);
        TermList.Check(request.Licences, "licences", 10, Fail);

        if (request.HoursMin is null) Fail("hoursMin", "The minimum hours per week are required.");
        else if (request.HoursMin is < 1 or > 48) Fail("hoursMin", "The minimum hours per week must be between 1 and 48.");
        if (request.HoursMax is null) Fail("hoursMax", "The maximum hours per week are required.");
        else if (request.HoursMax is < 1 or > 48) Fail("hoursMax", "The maximum hours per week must be between 1 and 48.");
        else if (request.HoursMin is { } min && request.HoursMax < min) Fail("hoursMax", "The maximum hours cannot be below the minimum hours.");

        if (request.AvailableFrom is null) Fail("availableFrom", "The date available from is required.");
        else if (request.AvailableFrom > today.AddYears(1)) Fail("availableFrom", "The date available from must be within a year.");

        if (request.MaxTravelKm is null) Fail("maxTravelKm", "The maximum travel distance is required.");
        else if (request.MaxTravelKm is < 0 or > 200) Fail("maxTravelKm", "The maximum travel distance must be between 0 and 200 km.");

        if (request.EducationLevel is not null && (!TermList.IsTerm(request.EducationLevel) || request.EducationLevel.Length > 30))
            Fail("educationLevel", "The education level must be 1 to 30 letters, digits, spaces or - + . / characters.");

        var benefit = request.BenefitType?.Trim().ToLowerInvariant();
        if (benefit is null) Fail("benefitType", "The benefit type is required (none if there is no benefit).");
        else if (!BenefitTypes.Contains(benefit)) Fail("benefitType", "The benefit type must be none, ww, bijstand, wajong, wia or other.");
        if (request.BenefitSince is { } since)
        {
            if (benefit == "none") Fail("benefitSince", "A benefit start date needs a benefit type other than none.");
            else if (since > today) Fail("benefitSince", "The benefit start date cannot be in the future.");
            else if (since < today.AddYears(-50)) Fail("benefitSince", "The benefit start date is too far in the past.");
        }

        if (request.ConsentToShare is null) Fail("consentToShare", "State whether the job seeker consents to sharing the profile with employers.");

        if (request.LearnWorkDeadline is { } deadline && (deadline < today || deadline > today.AddYears(2)))
            Fail("learnWorkDeadline", "The learn-work deadline must be between today and two years ahead.");
        return errors;
    }

    public static Dictionary<string, string[]> Validate(WithdrawalRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Bsn.IsValid(request.Bsn)) errors["bsn"] = [BsnError];
        if (request.Reason is null || !WithdrawalReasons.Contains(request.Reason.Trim().ToLowerInvariant()))
            errors["reason"] = ["The reason must be found-work, moved, consent-revoked or other."];
        return errors;
    }

    public static JobSeekerRegistered ToMessage(JobSeekerRequest request, string subjectPseudonym, string registeredBy, DateTime now) => new()
    {
        SubjectPseudonym = subjectPseudonym,
        JobAgencyId = registeredBy,
        Postcode = DutchPostcode.Normalise(request.Postcode)!,
        TargetOccupations = [.. request.TargetOccupations!.Distinct()],
        Skills = TermList.Normalise(request.Skills),
        Languages = TermList.Normalise(request.Languages),
        Licences = TermList.Normalise(request.Licences),
        HoursMin = request.HoursMin!.Value,
        HoursMax = request.HoursMax!.Value,
        AvailableFrom = request.AvailableFrom!.Value,
        MaxTravelKm = request.MaxTravelKm!.Value,
        EducationLevel = request.EducationLevel?.Trim().ToLowerInvariant(),
        BenefitType = request.BenefitType!.Trim().ToLowerInvariant(),
        BenefitSince = request.BenefitSince,
        ConsentToShare = request.ConsentToShare!.Value,
        IsStudent = request.IsStudent ?? false,
        HasJobGuarantee = request.HasJobGuarantee ?? false,
        LearnWorkDeadline = request.LearnWorkDeadline,
        RegisteredAt = now,
    };

    public static JobSeekerWithdrawn ToMessage(WithdrawalRequest request, string subjectPseudonym, string registeredBy, DateTime now) => new()
    {
        SubjectPseudonym = subjectPseudonym,
        JobAgencyId = registeredBy,
        Reason = request.Reason!.Trim().ToLowerInvariant(),
        WithdrawnAt = now,
    };

    // [0-9], not \d: \d also matches Arabic-Indic and full-width digits.
    [GeneratedRegex(@"^[0-9]{4}\z")]
    private static partial Regex IscoPattern();
}
