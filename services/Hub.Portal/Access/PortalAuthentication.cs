using Hub.Portal.Organisations;
using Hub.Portal.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Hub.Portal.Access;

/// <summary>The portal's cookie: named apart from the console's and the gateway's schemes, so all three share the embedded host.</summary>
public static class PortalAuthentication
{
    public const string Scheme = "HubPortal";

    public static void Configure(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = "hub-portal";
        cookie.Cookie.Path = PortalServiceExtensions.PathBase;
        cookie.Cookie.HttpOnly = true;
        // Lax, so the cookie set after the identity provider's redirect is sent; forms carry an antiforgery token besides.
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.SlidingExpiration = true;
        cookie.LoginPath = PortalServiceExtensions.PathBase + "/account/sign-in";
        cookie.LogoutPath = PortalServiceExtensions.PathBase + "/account/sign-out";
        cookie.AccessDeniedPath = PortalServiceExtensions.PathBase + "/account/denied";
        // The cookie alone is not enough: its user must still be active, with the same security stamp, in an organisation the Hub still has.
        cookie.Events.OnValidatePrincipal = async context =>
        {
            if (context.Principal is not { } principal || !await IsCurrentAsync(principal, context.HttpContext))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(Scheme);
            }
        };
    }

    private static async Task<bool> IsCurrentAsync(System.Security.Claims.ClaimsPrincipal principal, HttpContext http)
    {
        var db = http.RequestServices.GetRequiredService<PortalDb>();
        var organisations = http.RequestServices.GetRequiredService<OrganisationDirectory>();
        var id = principal.UserIdOf();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, http.RequestAborted);
        return user is { IsActive: true }
            && user.SecurityStamp.ToString() == principal.FindFirst(PortalClaims.SecurityStamp)?.Value
            && user.OrganisationId == principal.OrganisationOf()
            && organisations.Find(user.OrganisationId) is not null;
    }
}
