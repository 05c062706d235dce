namespace Hub.Operations.Storage;

/// <summary>
/// A console sign-in, held on the server so that signing out, removing or changing the user, or the idle timeout ends
/// it for every copy of its cookie: the cookie names the session, the session says whether it still counts.
/// </summary>
public sealed class ConsoleSession
{
    public Guid Id { get; set; }
    public required string UserName { get; set; }
    /// <summary>local (the users file) or oidc (the identity provider).</summary>
    public required string Source { get; set; }
    /// <summary>For a local user, a hash of the user's entry when signing in: a change to the entry ends the session.</summary>
    public string? UserStamp { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public string? Address { get; set; }
}
