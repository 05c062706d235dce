using System.ComponentModel.DataAnnotations;
using System.Text;

namespace Hub.Gateway.Signals;

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
