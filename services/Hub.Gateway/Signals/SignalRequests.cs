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

/// <summary>
/// A resident's consent, recorded by the municipal district team: signals of these categories (from one sender or
/// any) may go to one organisation or every organisation of a role, for one purpose, from validFrom through validUntil.
/// </summary>
public sealed record ConsentRequest
{
    /// <example>111222333</example>
    [Required]
    public string? Bsn { get; init; }
    /// <summary>Signal categories the consent covers (1 to 7).</summary>
    [Required]
    public string[]? Categories { get; init; }
    /// <summary>Only signals from this organisation (OIN, 20 digits); absent for signals from any partner.</summary>
    public string? FromOrganisation { get; init; }
    /// <summary>The receiving organisation (OIN); give this or toRole.</summary>
    public string? ToOrganisation { get; init; }
    /// <summary>Every organisation of this role (e.g. school); give this or toOrganisation.</summary>
    public string? ToRole { get; init; }
    /// <summary>The purpose consented to, as the signal policy names it (e.g. youth-care, income-support).</summary>
    /// <example>youth-care</example>
    [Required]
    public string? Purpose { get; init; }
    /// <summary>First day (UTC) the consent counts; absent for "from now on".</summary>
    public DateOnly? ValidFrom { get; init; }
    /// <summary>Last day (UTC) the consent counts, at most five years ahead.</summary>
    [Required]
    public DateOnly? ValidUntil { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}

/// <summary>The resident withdraws one consent, or all of their consents when <see cref="ConsentId"/> is absent.</summary>
public sealed record ConsentRevocationRequest
{
    /// <example>111222333</example>
    [Required]
    public string? Bsn { get; init; }
    /// <summary>The consent id from the recording's answer; absent to revoke every consent of the resident.</summary>
    public Guid? ConsentId { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}

/// <summary>Looks a resident up (by BSN, in the body because URLs are logged) to tell them who received their data.</summary>
public sealed record SubjectAccessRequest
{
    /// <example>111222333</example>
    [Required]
    public string? Bsn { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}

/// <summary>The recipient took over deliveries it pulled; they leave its list of new deliveries.</summary>
public sealed record AcknowledgementRequest
{
    /// <summary>Delivery ids from <c>GET /api/v1/signals/deliveries</c> (1 to 500).</summary>
    [Required]
    public Guid[]? DeliveryIds { get; init; }
}

/// <summary>The recipient closes a delivery. The sender sees the outcome code, never the note.</summary>
public sealed record OutcomeRequest
{
    /// <summary>help-started, quick-fix, unjustified, moved-away or other.</summary>
    /// <example>help-started</example>
    [Required]
    public string? Outcome { get; init; }
    /// <summary>Optional note for the Hub's records (at most 2000 characters, no BSN); never shown to the sender.</summary>
    public string? Note { get; init; }
}

/// <summary>The answer to an accepted signal: its id, to read its status with.</summary>
public sealed record SignalReceipt(Guid SignalId, Guid CommandId, string Status);

/// <summary>The answer to an accepted consent: its id, to revoke it with.</summary>
public sealed record ConsentReceipt(Guid ConsentId, Guid CommandId, string Status);

/// <summary>The answer to an accepted revocation, acknowledgement or outcome.</summary>
public sealed record SignalsReceipt(Guid CommandId, string Status);
