using System.Diagnostics;

namespace Hub.Gateway.Partners;

/// <summary>
/// Makes a request the portal made on behalf of a user traceable to that user: every log line of the request carries
/// <c>PortalUser</c> in its scope, and the request's trace the tag <c>hub.portal_user</c>. Runs right after authentication.
/// </summary>
public sealed class PortalUserScope(RequestDelegate next, ILogger<PortalUserScope> logger)
{
    public const string ScopeName = "PortalUser";
    public const string ActivityTag = "hub.portal_user";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.User.PortalUserOf() is not { } portalUser)
        {
            await next(context);
            return;
        }
        Activity.Current?.SetTag(ActivityTag, portalUser);
        using (logger.BeginScope(new Dictionary<string, object> { [ScopeName] = portalUser }))
        {
            await next(context);
        }
    }
}
