namespace Hub.Client.Models;

/// <summary>
/// A concern about a resident (POST /api/v1/signals). The gateway swaps the BSNs for pseudonyms before anything is
/// stored or published; the Hub routes the signal only where the law or the resident's consent allows.
/// </summary>
public sealed record SignalRequest
{
    /// <summary>Citizen service number of the resident: 9 digits passing the 11-check. Never stored or returned.</summary>
    public required string Bsn { get; init; }
    /// <summary>BSN of the household's reference person (e.g. the main tenant); links signals about housemates.</summary>
    public string? HouseholdBsn { get; init; }
    /// <summary>rent-arrears, energy-arrears, school-absence, drop-out-risk, youth-nuisance, housing-fraud or domestic-tension.</summary>
    public required string Category { get; init; }
    /// <summary>
    /// Facts keyed by the signal policy's field names for the category (e.g. rent-arrears: amount, since, reminders-sent):
    /// text of at most 200 characters, never a BSN, name or address. A field the category lacks gets the signal rejected
    /// (its status says which field).
    /// </summary>
    public IReadOnlyDictionary<string, string>? Details { get; init; }
    /// <summary>When the concern arose: not in the future, at most two years ago.</summary>
    public required DateOnly OccurredOn { get; init; }
    /// <summary>One of your own focus areas; when absent, your area (or all of them if you work in several).</summary>
    public string? AreaId { get; init; }

    // The BSNs must not reach a log through ToString.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}
