using System.ComponentModel.DataAnnotations;
using System.Text;

namespace Hub.Gateway.JobSeekers;

/// <summary>Takes a job seeker or student out of matching. The BSN travels in the body, never in a URL, because URLs are logged.</summary>
public sealed record WithdrawalRequest
{
    /// <example>111222333</example>
    [Required]
    public string? Bsn { get; init; }
    /// <summary>found-work, moved, consent-revoked or other.</summary>
    /// <example>found-work</example>
    [Required]
    public string? Reason { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}
