using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Hub.Operations.Access;

/// <summary>
/// The identity provider's answer turned into a console sign-in: its roles mapped to one console role, its areas to
/// the console's, a server-side session started and the sign-in logged. A user without a console role or an area is
/// refused and sent back to the sign-in page.
/// </summary>
public static class ConsoleOpenIdConnect
{
    public const string Scheme = "HubConsoleOidc";
    public const string CallbackPath = OperationsServiceExtensions.PathBase + "/signin-oidc";
    public const string SignedOutCallbackPath = OperationsServiceExtensions.PathBase + "/signout-callback-oidc";

    public static void Configure(OpenIdConnectOptions oidc, ConsoleOpenIdConnectOptions settings)
    {
        oidc.Authority = settings.Authority;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = settings.ClientSecret;
        oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        // The answer comes back as a GET: no cross-site POST for the console's Origin check to make an exception for.
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.UsePkce = true;
        oidc.SignInScheme = ConsoleAuthentication.Scheme;
        oidc.CallbackPath = CallbackPath;
        oidc.SignedOutCallbackPath = SignedOutCallbackPath;
        oidc.SignedOutRedirectUri = OperationsServiceExtensions.PathBase + "/login.html";
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.SaveTokens = false;
        oidc.Scope.Clear();
        // Distinct: configuration binding appends a configured list to the default one.
        foreach (var scope in settings.Scopes.Distinct(StringComparer.Ordinal))
        {
            oidc.Scope.Add(scope);
        }
        oidc.Events.OnTokenValidated = OnTokenValidated;
        oidc.Events.OnRemoteFailure = context =>
        {
            context.Response.Redirect(OperationsServiceExtensions.PathBase + "/login.html?refused=1");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    private static async Task OnTokenValidated(TokenValidatedContext context)
    {
        var settings = context.HttpContext.RequestServices.GetRequiredService<IOptions<ConsoleOpenIdConnectOptions>>().Value;
        var log = context.HttpContext.RequestServices.GetRequiredService<OperatorLog>();
        var provided = context.Principal!;
        var name = provided.FindFirstValue(settings.NameClaim) ?? provided.FindFirstValue("sub") ?? "?";
        var role = ConsoleRoles.Highest(provided.FindAll(settings.RoleClaim).Select(c => settings.Roles.GetValueOrDefault(c.Value)));
        var areas = provided.FindAll(settings.AreaClaim).Select(c => c.Value).Where(a => a.Length > 0).ToList();
        if (role is null || areas.Count == 0)
        {
            await log.RecordAsync(name, OperatorScope.Everything, OperatorActions.SignIn, "oidc", OperatorActions.NoConsoleRole, context.HttpContext);
            context.Fail("The identity provider gave this user no console role or no area.");
            return;
        }
        // Hub-wide users carry the all-areas value; the console's principal then has no area claims (see ConsoleSignIn.ScopeOf).
        var consoleAreas = areas.Contains(settings.AllAreasValue, StringComparer.Ordinal) ? [] : areas;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<ConsoleSessions>();
        var session = await sessions.StartAsync(name, ConsoleSessions.OidcSource, OperatorLog.AddressOf(context.HttpContext), context.HttpContext.RequestAborted);
        context.Principal = ConsoleSignIn.PrincipalFor(name, role, consoleAreas, ConsoleSessions.OidcSource, session);
        await log.RecordAsync(context.Principal, OperatorActions.SignIn, "oidc", OperatorActions.Ok, context.HttpContext);
    }
}
