using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Hub.Operations.Access;

/// <summary>The console's own cookie scheme; named explicitly so it lives beside the gateway's partner scheme in the embedded run.</summary>
public static class ConsoleAuthentication
{
    public const string Scheme = "HubConsole";
    public const string Policy = "console";

    public static void Configure(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = "hub-console";
        cookie.Cookie.Path = OperationsServiceExtensions.PathBase;
        cookie.Cookie.HttpOnly = true;
        // Lax, so the cookie set after the identity provider's redirect is sent on the way in; a form on another site
        // still cannot post with it, and the Origin check (ConsoleRequestGuards) refuses any cross-origin change.
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        // Secure whenever the request came over TLS, also behind a proxy that says so (forwarded headers).
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.SlidingExpiration = true;
        // The cookie alone is not enough: its server-side session must still count (signed out, user removed, idle).
        cookie.Events.OnValidatePrincipal = async context =>
        {
            var sessions = context.HttpContext.RequestServices.GetRequiredService<ConsoleSessions>();
            if (context.Principal is null || !await sessions.IsActiveAsync(context.Principal, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(Scheme);
            }
        };
        cookie.LoginPath = OperationsServiceExtensions.PathBase + "/login.html";
        // The JSON API answers 401/403; only pages redirect to the login form.
        cookie.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(OperationsServiceExtensions.PathBase + "/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
