using System.Text.RegularExpressions;
using Hub.Contracts.Matching;

namespace Hub.Gateway.Proposals;

/// <summary>Checks answers and placement reports; contact details travel only with an acceptance.</summary>
public static partial class ProposalValidator
{
    public static Dictionary<string, string[]> Validate(ProposalAnswerRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (request.Accepted is null) Fail("accepted", "State whether the job seeker accepts the proposal.");
        else if (request.Accepted.Value && request.Contact is null) Fail("contact", "An acceptance needs the contact details the employer may use.");
        else if (!request.Accepted.Value && request.Contact is not null) Fail("contact", "A decline carries no contact details: the employer may not see them.");

        if (request.Accepted is true && request.Contact is { } contact)
        {
            if (string.IsNullOrWhiteSpace(contact.Name) || contact.Name.Trim().Length > 100 || !NamePattern().IsMatch(contact.Name.Trim()))
                Fail("contact.name", "The name must be 1 to 100 letters, spaces, dots, hyphens or apostrophes.");
            if (contact.Phone is not null && PhoneOf(contact.Phone) is null)
                Fail("contact.phone", "The phone number must be a Dutch (06 12345678) or international (+31 6 12345678) number.");
            if (contact.Email is not null && (contact.Email.Trim().Length > 254 || !EmailPattern().IsMatch(contact.Email.Trim())))
                Fail("contact.email", "The email address must look like name@example.nl.");
            if (string.IsNullOrWhiteSpace(contact.Phone) && string.IsNullOrWhiteSpace(contact.Email))
                Fail("contact", "Give a phone number or an email address, so the employer can reach the job seeker.");
        }
        return errors;
    }

    public static Dictionary<string, string[]> Validate(PlacementRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Hired is null) errors["hired"] = ["State whether the job seeker was hired."];
        else if (request.Hired is false && request.StartDate is not null) errors["startDate"] = ["A start date goes only with a hire."];
        else if (request.StartDate is { } start && (start < today.AddYears(-1) || start > today.AddYears(1)))
            errors["startDate"] = ["The start date must be within a year of today."];
        return errors;
    }

    public static ProposalAnswered ToMessage(ProposalAnswerRequest request, Guid proposalId, string answeredBy, DateTime now) => new()
    {
        ProposalId = proposalId,
        JobAgencyId = answeredBy,
        Accepted = request.Accepted!.Value,
        Contact = request.Accepted!.Value && request.Contact is { } contact
            ? new Hub.Contracts.Matching.ProposalContact
            {
                Name = contact.Name!.Trim(),
                Phone = contact.Phone is null ? null : PhoneOf(contact.Phone),
                Email = contact.Email?.Trim(),
            }
            : null,
        AnsweredAt = now,
    };

    public static PlacementReported ToMessage(PlacementRequest request, Guid proposalId, string employerId, DateTime now) => new()
    {
        ProposalId = proposalId,
        EmployerId = employerId,
        Hired = request.Hired!.Value,
        StartDate = request.StartDate,
        ReportedAt = now,
    };

    /// <summary>"06-1234 5678" becomes "0612345678"; null when it is not a Dutch or international number.</summary>
    private static string? PhoneOf(string phone)
    {
        var compact = phone.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return PhonePattern().IsMatch(compact) ? compact : null;
    }

    [GeneratedRegex(@"^[\p{L}\p{M}][\p{L}\p{M} .'\-]*\z")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(0[1-9][0-9]{8}|\+[1-9][0-9]{7,14})\z")]
    private static partial Regex PhonePattern();

    // Control characters (a NUL byte cannot even be stored in PostgreSQL) are refused along with the usual separators.
    [GeneratedRegex(@"^[^@\s\p{Cc}<>()\[\],;:""]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+\z")]
    private static partial Regex EmailPattern();
}
