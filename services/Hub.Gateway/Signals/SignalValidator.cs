using System.Text.RegularExpressions;
using Hub.Contracts.Signals;

namespace Hub.Gateway.Signals;

/// <summary>
/// Checks signals, consents and feedback at the edge. Closed vocabularies (categories, roles, outcomes) are checked
/// here; which fields a category carries and which purposes exist are the signal policy's, so the signals service
/// checks those (a signal with a field its category lacks is stored as rejected and its status says which field).
/// Error messages never repeat a value: it could be a BSN.
/// </summary>
public static partial class SignalValidator
{
    public const int MaxDetails = 20;
    public const int MaxDetailLength = 200;
    public const int MaxNoteLength = 2000;
    public const int MaxAcknowledgements = 500;
    private const string BsnError = "The BSN must be 9 digits that pass the 11-check.";

    /// <summary>The signal categories of the Hub (the signals service's closed list; the policy configures each).</summary>
    public static readonly IReadOnlyList<string> Categories =
        ["rent-arrears", "energy-arrears", "school-absence", "drop-out-risk", "youth-nuisance", "housing-fraud", "domestic-tension"];

    /// <summary>The closing results a recipient can report.</summary>
    public static readonly IReadOnlyList<string> Outcomes = ["help-started", "quick-fix", "unjustified", "moved-away", "other"];

    public static Dictionary<string, string[]> Validate(SignalRequest request, IReadOnlyList<string> ownAreas, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (!Bsn.IsValid(request.Bsn)) Fail("bsn", BsnError);
        if (request.HouseholdBsn is not null && !Bsn.IsValid(request.HouseholdBsn)) Fail("householdBsn", BsnError);

        if (request.Category is null) Fail("category", "The category is required.");
        else if (!Categories.Contains(request.Category)) Fail("category", $"The category must be one of {string.Join(", ", Categories)}.");

        if (request.Details is { } details)
        {
            if (details.Count > MaxDetails) Fail("details", $"At most {MaxDetails} details are allowed.");
            foreach (var (field, value) in details)
            {
                if (!FieldName().IsMatch(field))
                {
                    Fail("details", "Detail names are the policy's field names: lower-case letters, digits and hyphens, e.g. reminders-sent.");
                }
                else if (value is null || value.Trim().Length == 0) Fail($"details.{field}", "A detail needs a value; leave the detail out instead.");
                else if (value.Length > MaxDetailLength || !PlainText.IsPlain(value))
                    Fail($"details.{field}", $"A detail is text of at most {MaxDetailLength} characters without control characters.");
                else if (Bsn.OccursIn(value)) Fail($"details.{field}", "A detail may not hold a BSN (or a number that looks like one).");
            }
        }

        if (request.OccurredOn is null) Fail("occurredOn", "The date the concern arose is required.");
        // Tomorrow in UTC is still today in the Netherlands for two hours of the day.
        else if (request.OccurredOn > today.AddDays(1)) Fail("occurredOn", "The date cannot be in the future.");
        else if (request.OccurredOn < today.AddYears(-2)) Fail("occurredOn", "The date must be within the last two years.");

        if (request.AreaId is not null && !ownAreas.Contains(request.AreaId, StringComparer.Ordinal))
            Fail("areaId", ownAreas.Count == 0 ? "You have no focus areas; leave the area out." : $"The area must be one of your own areas: {string.Join(", ", ownAreas)}.");
        return errors;
    }

    public static Dictionary<string, string[]> Validate(ConsentRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (!Bsn.IsValid(request.Bsn)) Fail("bsn", BsnError);

        if (request.Categories is not { Length: >= 1 } categories) Fail("categories", "Give 1 or more signal categories.");
        else if (categories.Length > Categories.Count) Fail("categories", $"At most {Categories.Count} categories are allowed.");
        else if (Array.FindIndex(categories, c => c is null || !Categories.Contains(c)) is var bad and >= 0)
            Fail($"categories[{bad}]", $"Each category must be one of {string.Join(", ", Categories)}.");

        if (request.FromOrganisation is not null && !Oin().IsMatch(request.FromOrganisation))
            Fail("fromOrganisation", "The sending organisation is an OIN of 20 digits; leave it out for any sender.");
        if (request.ToOrganisation is null == (request.ToRole is null))
            Fail(request.ToOrganisation is null ? "toOrganisation" : "toRole", "Give either a receiving organisation or a receiving role, not both.");
        else if (request.ToOrganisation is not null && !Oin().IsMatch(request.ToOrganisation))
            Fail("toOrganisation", "The receiving organisation is an OIN of 20 digits.");
        else if (request.ToRole is not null && !PartnerRole.All.Contains(request.ToRole))
            Fail("toRole", $"The receiving role must be one of {string.Join(", ", PartnerRole.All.Order(StringComparer.Ordinal))}.");

        if (request.Purpose is null || !FieldName().IsMatch(request.Purpose))
            Fail("purpose", "The purpose is required, as the signal policy names it: lower-case letters, digits and hyphens, e.g. youth-care.");

        var from = request.ValidFrom ?? today;
        if (request.ValidFrom is { } validFrom && (validFrom < today.AddYears(-1) || validFrom > today.AddYears(1)))
            Fail("validFrom", "The first day must be within a year of today.");
        if (request.ValidUntil is null) Fail("validUntil", "The last day of the consent is required.");
        else if (request.ValidUntil < from || request.ValidUntil < today) Fail("validUntil", "The last day cannot be before the first day or before today.");
        else if (request.ValidUntil > from.AddYears(5)) Fail("validUntil", "A consent lasts at most five years.");
        return errors;
    }

    public static Dictionary<string, string[]> Validate(ConsentRevocationRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Bsn.IsValid(request.Bsn)) errors["bsn"] = [BsnError];
        if (request.ConsentId == Guid.Empty) errors["consentId"] = ["Give the consent id from the recording's answer, or leave it out to revoke all consents."];
        return errors;
    }

    public static Dictionary<string, string[]> Validate(SubjectAccessRequest request) =>
        Bsn.IsValid(request.Bsn) ? [] : new() { ["bsn"] = [BsnError] };

    public static Dictionary<string, string[]> Validate(AcknowledgementRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.DeliveryIds is not { Length: >= 1 } ids) errors["deliveryIds"] = ["Give 1 or more delivery ids."];
        else if (ids.Length > MaxAcknowledgements) errors["deliveryIds"] = [$"At most {MaxAcknowledgements} delivery ids at once."];
        else if (Array.IndexOf(ids, Guid.Empty) is var empty and >= 0) errors[$"deliveryIds[{empty}]"] = ["A delivery id is never empty."];
        return errors;
    }

    public static Dictionary<string, string[]> Validate(OutcomeRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Outcome is null || !Outcomes.Contains(request.Outcome))
            errors["outcome"] = [$"The outcome must be one of {string.Join(", ", Outcomes)}."];
        if (request.Note is { } note)
        {
            if (note.Length > MaxNoteLength || !PlainText.IsPlain(note.Replace("\n", "", StringComparison.Ordinal)))
                errors["note"] = [$"The note is text of at most {MaxNoteLength} characters."];
            else if (Bsn.OccursIn(note)) errors["note"] = ["The note may not hold a BSN (or a number that looks like one)."];
        }
        return errors;
    }

    public static SignalRaised ToMessage(SignalRequest request, Guid signalId, string subject, string? household, string partnerId, string role,
        IReadOnlyList<string> ownAreas, DateTime now) => new()
    {
        SignalId = signalId,
        Category = request.Category!,
        SubjectPseudonym = subject,
        HouseholdPseudonym = household,
        Details = (request.Details ?? []).ToDictionary(d => d.Key, d => d.Value!.Trim(), StringComparer.Ordinal),
        OccurredOn = request.OccurredOn!.Value,
        RaisedBy = partnerId,
        RaisedByRole = role,
        // One area of one's own is the default; with several, the signals service takes all of the sender's areas.
        AreaId = request.AreaId ?? (ownAreas.Count == 1 ? ownAreas[0] : null),
        RaisedAt = now,
    };

    public static ConsentRecorded ToMessage(ConsentRequest request, Guid consentId, string subject, string partnerId, string role, DateTime now) => new()
    {
        ConsentId = consentId,
        SubjectPseudonym = subject,
        Categories = [.. request.Categories!.Distinct(StringComparer.Ordinal)],
        FromOrganisation = request.FromOrganisation,
        ToOrganisation = request.ToOrganisation,
        ToRole = request.ToRole,
        Purpose = request.Purpose!,
        // Without a first day the consent counts from this moment; a given day counts from its start (UTC).
        ValidFrom = request.ValidFrom is { } from ? from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : now,
        // The last day counts in full.
        ValidUntil = request.ValidUntil!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        RecordedBy = partnerId,
        RecordedByRole = role,
        RecordedAt = now,
    };

    [GeneratedRegex("^[a-z][a-z0-9-]{0,40}\\z")]
    private static partial Regex FieldName();

    [GeneratedRegex("^[0-9]{20}\\z")]
    private static partial Regex Oin();
}
