namespace Hub.Client.Models;

/// <summary>How the employer may reach a job seeker who accepted: a name and a phone number or email address.</summary>
public sealed record ContactRequest
{
    public required string Name { get; init; }
    /// <summary>A Dutch (06 12345678) or international (+31 6 12345678) number.</summary>
    public string? Phone { get; init; }
    public string? Email { get; init; }

    // Personal data: kept out of anything that prints the record.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("[redacted]");
        return true;
    }
}
