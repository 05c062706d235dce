namespace Hub.Client.Models;

/// <summary>Takes a job seeker or student out of matching. The BSN travels in the body, never in a URL, because URLs are logged.</summary>
public sealed record WithdrawalRequest
{
    public required string Bsn { get; init; }
    /// <summary>found-work, moved, consent-revoked or other.</summary>
    public required string Reason { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}
