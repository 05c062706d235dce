using System.Text;

namespace Hub.Gateway.Proposals;

/// <summary>How the employer reaches a job seeker who accepted: a name and a phone number or email address.</summary>
public sealed record ContactRequest
{
    /// <example>Sanne de Vries</example>
    public string? Name { get; init; }
    /// <summary>A Dutch (06 12345678) or international (+31 6 12345678) number.</summary>
    /// <example>06 12345678</example>
    public string? Phone { get; init; }
    /// <example>sanne@example.nl</example>
    public string? Email { get; init; }

    // Personal data: kept out of anything that prints the record.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("[redacted]");
        return true;
    }
}
