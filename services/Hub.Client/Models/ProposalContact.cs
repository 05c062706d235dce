namespace Hub.Client.Models;

/// <summary>How the employer reaches a job seeker who accepted. Personal data: keep it out of logs.</summary>
public sealed record ProposalContact
{
    public string Name { get; init; } = "";
    public string? Phone { get; init; }
    public string? Email { get; init; }

    // Records print every property; this one prints none, so the contact cannot reach a log through ToString.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("[redacted]");
        return true;
    }
}
