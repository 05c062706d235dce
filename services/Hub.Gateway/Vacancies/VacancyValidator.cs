using System.Text.RegularExpressions;
using Hub.Contracts;
using Hub.Contracts.Matching;

namespace Hub.Gateway.Vacancies;

/// <summary>Checks a posted vacancy field by field and turns a valid one into the message to publish.</summary>
public static partial class VacancyValidator
{
    private const int MaxSkills = 30;
    private const int MaxLicences = 10;

    public static Dictionary<string, string[]> Validate(VacancyRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (string.IsNullOrWhiteSpace(request.Title)) Fail("title", "The title is required.");
        else if (request.Title.Trim().Length is < 3 or > 200) Fail("title", "The title must be 3 to 200 characters.");
        else if (!PlainText.IsPlain(request.Title)) Fail("title", "The title cannot contain control characters such as line breaks.");
        else if (Bsn.OccursIn(request.Title)) Fail("title", $"The title {TermList.BsnRefusal}");

        if (string.IsNullOrWhiteSpace(request.OccupationCode)) Fail("occupationCode", "The occupation code is required.");
        else if (!OccupationCodePattern().IsMatch(request.OccupationCode)) Fail("occupationCode", "The occupation code must be 4 to 6 digits (ISCO-08 or BRC).");

        if (string.IsNullOrWhiteSpace(request.Postcode)) Fail("postcode", "The postcode is required.");
        else if (DutchPostcode.Normalise(request.Postcode) is null) Fail("postcode", "The postcode must be a Dutch postcode such as 8925 AB.");

        if (request.HoursPerWeek is null) Fail("hoursPerWeek", "The hours per week are required.");
        else if (request.HoursPerWeek is < 1 or > 48) Fail("hoursPerWeek", "The hours per week must be between 1 and 48.");

        if (request.Positions is null) Fail("positions", "The number of positions is required.");
        else if (request.Positions is < 1 or > 500) Fail("positions", "The number of positions must be between 1 and 500.");

        if (request.ClosingDate is null) Fail("closingDate", "The closing date is required.");
        else if (request.ClosingDate < today) Fail("closingDate", "The closing date cannot be in the past.");
        else if (request.ClosingDate > today.AddYears(1)) Fail("closingDate", "The closing date must be within a year.");

        TermList.Check(request.RequiredSkills, "requiredSkills", MaxSkills, Fail);
        TermList.Check(request.NiceToHaveSkills, "niceToHaveSkills", MaxSkills, Fail);
        TermList.Check(request.RequiredLicences, "requiredLicences", MaxLicences, Fail);
        return errors;
    }

    public static VacancyPublished ToMessage(VacancyRequest request, Guid vacancyId, string employerId, DateTime now) => new()
    {
        VacancyId = vacancyId,
        EmployerId = employerId,
        Title = request.Title!.Trim(),
        OccupationCode = request.OccupationCode!,
        Postcode = DutchPostcode.Normalise(request.Postcode)!,
        HoursPerWeek = request.HoursPerWeek!.Value,
        Positions = request.Positions!.Value,
        ClosingDate = request.ClosingDate!.Value,
        IsRecoveryJob = request.IsRecoveryJob ?? false,
        IsLearnWorkPlace = request.IsLearnWorkPlace ?? false,
        HasWageCostCompensation = request.HasWageCostCompensation ?? false,
        RequiredSkills = TermList.Normalise(request.RequiredSkills),
        NiceToHaveSkills = TermList.Normalise(request.NiceToHaveSkills),
        RequiredLicences = TermList.Normalise(request.RequiredLicences),
        PublishedAt = now,
    };

    // [0-9], not \d: \d also matches Arabic-Indic and full-width digits.
    [GeneratedRegex(@"^[0-9]{4,6}\z")]
    private static partial Regex OccupationCodePattern();
}
