namespace Hub.Client.Models;

/// <summary>Looks a resident up to tell them who received their data. The BSN travels in the body because URLs are logged.</summary>
public sealed record SubjectAccessRequest
{
    public required string Bsn { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Bsn = [redacted]");
        return true;
    }
}
