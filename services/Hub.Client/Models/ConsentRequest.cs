namespace Hub.Client.Models;

/// <summary>
/// A resident's consent (POST /api/v1/consents): signals of these categories, from one sender or any, may go to one
/// organisation or every organisation of a role, for one purpose, from <see cref="ValidFrom"/> through <see cref="ValidUntil"/>.
/// </summary>
public sealed record ConsentRequest
{
    /// <summary>Citizen service number: 9 digits passing the 11-check.</summary>
    public required string Bsn { get; init; }
    /// <summary>1 to 7 signal categories.</summary>
    public required IReadOnlyList<string> Categories { get; init; }
    /// <summary>Only signals from this organisation (OIN, 20 digits); absent for signals from any partner.</summary>
    public string? FromOrganisation { get; init; }
    /// <summary>The receiving organisation (OIN); give this or <see cref="ToRole"/>.</summary>
    public string? ToOrganisation { get; init; }
    /// <summary>Every organisation of this role (e.g. school); give this or <see cref="ToOrganisation"/>.</summary>
    public string? ToRole { get; init; }
    /// <summary>The purpose as the signal policy names it, e.g. youth-care.</summary>
    public required string Purpose { get; init; }
    /// <summary>First day (UTC), within a year of today; absent for "from now on".</summary>
    public DateOnly? ValidFrom { get; init; }
    /// <summary>Last day (UTC), at most five years after the first.</summary>
    public required DateOnly ValidUntil { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}
