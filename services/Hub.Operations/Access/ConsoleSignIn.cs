using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Access;

/// <summary>Checks a user name and password against the configured users and builds the cookie's identity.</summary>
public sealed class ConsoleSignIn(IOptionsMonitor<ConsoleUsersOptions> users)
{
    private static readonly PasswordHasher<ConsoleUser> Hasher = new();

    public ClaimsPrincipal? Verify(string? name, string? password)
    {
        var user = users.CurrentValue.Users.FirstOrDefault(u => string.Equals(u.Name, name, StringComparison.Ordinal));
        if (user is null || string.IsNullOrEmpty(password) || string.IsNullOrEmpty(user.PasswordHash)
            || Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            return null;
        }
        List<Claim> claims = [new(ClaimTypes.Name, user.Name), new(ClaimTypes.Role, user.Role), .. user.Areas.Select(a => new Claim(ConsoleRoles.AreaClaim, a))];
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
