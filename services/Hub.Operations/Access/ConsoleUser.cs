namespace Hub.Operations.Access;

/// <summary>An operator account from configuration (Hub:Operations:Users): a password hash, never a password.</summary>
public sealed class ConsoleUser
{
    public string Name { get; set; } = "";
    /// <summary>ASP.NET Core Identity's PBKDF2 hash (see docs/architecture.md, Operations, for how to make one).</summary>
    public string PasswordHash { get; set; } = "";
    /// <summary>viewer, operator or admin.</summary>
    public string Role { get; set; } = ConsoleRoles.Viewer;
    /// <summary>The focus areas this user's municipality covers; empty means every area (hub-wide operators).</summary>
    public List<string> Areas { get; set; } = [];
}
