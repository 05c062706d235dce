using System.ComponentModel.DataAnnotations;
using System.Text;

namespace Hub.Gateway.Signals;

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
