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
        // Strict: a form on another site cannot post a retry with the operator's cookie.
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.SlidingExpiration = true;
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
