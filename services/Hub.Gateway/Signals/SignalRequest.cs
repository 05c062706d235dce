using System.ComponentModel.DataAnnotations;
using System.Text;

namespace Hub.Gateway.Signals;

/// <summary>
/// A partner's concern about a resident. The BSN is replaced by the subject pseudonym in the gateway and goes
/// no further; the raising partner and its role come from authentication, never from the body.
/// </summary>
public sealed record SignalRequest
{
    /// <summary>Citizen service number of the resident: 9 digits passing the 11-check. Never stored, published, logged or returned.</summary>
    /// <example>111222333</example>
    [Required]
    public string? Bsn { get; init; }
    /// <summary>Optional BSN of the household's reference person (e.g. the main tenant); links signals about housemates.</summary>
    public string? HouseholdBsn { get; init; }
    /// <summary>rent-arrears, energy-arrears, school-absence, drop-out-risk, youth-nuisance, housing-fraud or domestic-tension.</summary>
    /// <example>rent-arrears</example>
    [Required]
    public string? Category { get; init; }
    /// <summary>
    /// Category-specific facts keyed by the signal policy's field names (e.g. rent-arrears: amount, since, reminders-sent).
    /// Text values of at most 200 characters; never a BSN, name or address. A field the category does not have makes
    /// the signals service reject the signal (its status says which field).
    /// </summary>
    public Dictionary<string, string?>? Details { get; init; }
    /// <summary>When the concern arose; not in the future, at most two years ago.</summary>
    /// <example>2026-04-01</example>
    [Required]
    public DateOnly? OccurredOn { get; init; }
    /// <summary>One of your own focus areas; when absent, your area (or all your areas if you work in several).</summary>
    /// <example>leeuwarden-oost</example>
    public string? AreaId { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}
