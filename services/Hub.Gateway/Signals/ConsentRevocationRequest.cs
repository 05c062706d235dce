using System.ComponentModel.DataAnnotations;
using System.Text;

namespace Hub.Gateway.Signals;

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
