using Hub.Contracts.Signals;

namespace Hub.Signals.Tests;

/// <summary>Example signals and consents; subjects are gateway-shaped pseudonyms ("ps-" + 32 hex) made of letters only.</summary>
internal static class Messages
{
    public static string Subject(char letter) => "ps-" + new string(letter, 32);

    public static SignalRaised RentArrears(string subject, string from = Partners.Elkien) => Signal("rent-arrears", subject, from, "housing-corporation",
        new() { ["amount"] = "1250.00", ["since"] = "2025-08-01", ["reminders-sent"] = "3" });

    public static SignalRaised YouthNuisance(string subject) => Signal("youth-nuisance", subject, Partners.Police, "police",
        new() { ["incident-date"] = "2025-10-30", ["incident-code"] = "hanging-around", ["group-size"] = "6" });

    public static SignalRaised SchoolAbsence(string subject) => Signal("school-absence", subject, Partners.School, "school",
        new() { ["hours"] = "40", ["period-start"] = "2025-09-01", ["period-end"] = "2025-10-15" });

    public static SignalRaised Signal(string category, string subject, string from, string role, Dictionary<string, string> details) => new()
    {
        SignalId = Guid.NewGuid(),
        Category = category,
        SubjectPseudonym = subject,
        Details = details,
        OccurredOn = new DateOnly(2025, 10, 30),
        RaisedBy = from,
        RaisedByRole = role,
        AreaId = Partners.Area,
        RaisedAt = DateTime.UtcNow,
    };

    public static ConsentRecorded Consent(string subject, string category, string? toOrganisation = null, string? toRole = null, string purpose = "youth-care", TimeSpan? validFor = null) => new()
    {
        ConsentId = Guid.NewGuid(),
        SubjectPseudonym = subject,
        Categories = [category],
        ToOrganisation = toOrganisation,
        ToRole = toRole,
        Purpose = purpose,
        ValidFrom = DateTime.UtcNow.AddMinutes(-1),
        ValidUntil = DateTime.UtcNow + (validFor ?? TimeSpan.FromDays(365)),
        RecordedBy = Partners.Municipality,
        RecordedByRole = "municipality",
        RecordedAt = DateTime.UtcNow,
    };

    public static ConsentRevoked Revocation(string subject, Guid? consentId) => new()
    {
        ConsentId = consentId,
        SubjectPseudonym = subject,
        RevokedBy = Partners.Municipality,
        RevokedByRole = "municipality",
        RevokedAt = DateTime.UtcNow,
    };

    public static GetSignalStatus Status(SignalRaised signal) => new() { SignalId = signal.SignalId, RequestedBy = signal.RaisedBy };

    public static GetRaisedSignals RaisedBy(string sender) => new() { RequestedBy = sender };
}
