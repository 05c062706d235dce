using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Access;

/// <summary>Checks a user name and password against the configured users and builds the cookie's identity.</summary>
public sealed class ConsoleSignIn(IOptionsMonitor<ConsoleUsersOptions> users)
{
    private static readonly PasswordHasher<ConsoleUser> Hasher = new();

    // Checked when the user name is unknown, so that answer costs the same PBKDF2 work as a wrong password and the
    // time of the answer does not tell which user names exist.
    private static readonly string UnknownUserHash = Hasher.HashPassword(new ConsoleUser(), Guid.NewGuid().ToString());

    /// <summary>The user when the password is right; otherwise null and why (<see cref="OperatorActions"/>).</summary>
    public (ConsoleUser? User, string Outcome) Verify(string name, string password)
    {
        var user = users.CurrentValue.Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));
        var hash = user is { PasswordHash.Length: > 0 } ? user.PasswordHash : UnknownUserHash;
        var verified = Hasher.VerifyHashedPassword(user ?? new ConsoleUser(), hash, password) != PasswordVerificationResult.Failed;
        return user is null ? (null, OperatorActions.UnknownUser)
            : verified && user.PasswordHash.Length > 0 ? (user, OperatorActions.Ok)
            : (null, OperatorActions.WrongPassword);
    }

    /// <summary>The cookie's identity: name, console role, areas, where the sign-in came from and its server-side session.</summary>
    public static ClaimsPrincipal PrincipalFor(string name, string role, IEnumerable<string> areas, string source, Guid session)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.Name, name), new(ClaimTypes.Role, role), new(ConsoleSessions.SourceClaim, source), new(ConsoleSessions.SessionClaim, session.ToString()),
            .. areas.Select(a => new Claim(ConsoleRoles.AreaClaim, a)),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, ConsoleAuthentication.Scheme));
    }

    /// <summary>Makes a hash for the configuration (used by the tests and the demo settings).</summary>
    public static string Hash(string password) => Hasher.HashPassword(new ConsoleUser(), password);

    public static OperatorScope ScopeOf(ClaimsPrincipal user)
    {
        var areas = user.FindAll(ConsoleRoles.AreaClaim).Select(c => c.Value).ToList();
        return areas.Count == 0 ? OperatorScope.Everything : new OperatorScope(areas);
    }
}
