using System.Security.Claims;

namespace Hub.Portal.Access;

/// <summary>What the portal's cookie says about its user: who, which organisation and role, administrator or not.</summary>
public static class PortalClaims
{
    public const string UserId = "sub";
    public const string Email = "email";
    public const string Organisation = "hub:organisation";
    public const string OrganisationName = "hub:organisation-name";
    public const string Administrator = "hub:portal-admin";
    public const string SecurityStamp = "hub:stamp";

    public static Guid UserIdOf(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(UserId) ?? throw new InvalidOperationException("Not signed in to the portal."));

    public static string OrganisationOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(Organisation) ?? throw new InvalidOperationException("Not signed in to the portal.");

    public static string EmailOf(this ClaimsPrincipal user) => user.FindFirstValue(Email) ?? "";

    public static string RoleOf(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role) ?? "";

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.HasClaim(Administrator, "true");

    public static bool HasRole(this ClaimsPrincipal user, IEnumerable<string> roles) => roles.Contains(user.RoleOf(), StringComparer.Ordinal);

    public static ClaimsPrincipal PrincipalFor(Storage.PortalUser user, Organisations.Organisation organisation, string method)
    {
        List<Claim> claims =
        [
            new(UserId, user.Id.ToString()),
            new(ClaimTypes.Name, user.Name),
            new(Email, user.Email),
            new(Organisation, organisation.Id),
            new(OrganisationName, organisation.Name),
            new(ClaimTypes.Role, organisation.Role),
            new(SecurityStamp, user.SecurityStamp.ToString()),
            new(ClaimTypes.AuthenticationMethod, method),
        ];
        if (user.IsAdministrator)
        {
            claims.Add(new Claim(Administrator, "true"));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, PortalAuthentication.Scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
