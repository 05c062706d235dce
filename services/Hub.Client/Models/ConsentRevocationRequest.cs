namespace Hub.Client.Models;

/// <summary>The resident withdraws one consent, or all of their consents when <see cref="ConsentId"/> is absent.</summary>
public sealed record ConsentRevocationRequest
{
    public required string Bsn { get; init; }
    /// <summary>From the <see cref="ConsentReceipt"/>; absent to revoke every consent of the resident.</summary>
    public Guid? ConsentId { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}
