using System.Security.Claims;

namespace Hub.Gateway.Partners;

public static class PartnerClaims
{
    public const string PartnerId = "hub:partner-id";
    public const string Area = "hub:area";
    /// <summary>The portal user (a GUID, no personal data) a request authenticated by a portal user token acts for.</summary>
    public const string PortalUser = "hub:portal-user";

    /// <summary>The authenticated partner's organisation id: the only source of identity for published messages.</summary>
    public static string PartnerIdOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(PartnerId) ?? throw new InvalidOperationException("The request is not authenticated as a partner.");

    /// <summary>The authenticated partner's role (one of <see cref="PartnerRole.All"/>).</summary>
    public static string RoleOf(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.Role) ?? throw new InvalidOperationException("The request is not authenticated as a partner.");

    /// <summary>The focus areas the partner works in, from its registration.</summary>
    public static IReadOnlyList<string> AreasOf(this ClaimsPrincipal user) => [.. user.FindAll(Area).Select(claim => claim.Value)];

    /// <summary>The portal user the partner portal acts for in this request, or null when the partner calls itself.</summary>
    public static string? PortalUserOf(this ClaimsPrincipal user) => user.FindFirstValue(PortalUser);

    public static ClaimsPrincipal ToPrincipal(this Partner partner, string scheme)
    {
        var claims = new List<Claim>
        {
            new(PartnerId, partner.Id),
            new(ClaimTypes.Name, partner.Name),
            new(ClaimTypes.Role, partner.Role),
        };
        claims.AddRange(partner.Areas.Select(area => new Claim(Area, area)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
