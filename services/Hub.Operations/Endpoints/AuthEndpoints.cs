using System.Globalization;
using Hub.Operations.Access;
using Hub.Operations.Options;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Endpoints;

/// <summary>
/// Sign in with the console's own form (throttled, logged) or through the identity provider, sign out (ending the
/// session on the server, and at the provider for its users), and who am I.
/// </summary>
internal static class AuthEndpoints
{
    private const string LoginPage = OperationsServiceExtensions.PathBase + "/login.html";

    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/auth");
        // Antiforgery tokens are not used: the console's Origin check (ConsoleRequestGuards) refuses cross-origin posts.
        auth.MapPost("/login", SignInAsync).DisableAntiforgery();
        auth.MapPost("/logout", SignOutAsync).DisableAntiforgery();
        auth.MapGet("/oidc", (IOptions<ConsoleOpenIdConnectOptions> oidc) => oidc.Value.IsEnabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = OperationsServiceExtensions.PathBase + "/" }, [ConsoleOpenIdConnect.Scheme])
            : Results.NotFound());
        // What the sign-in page offers; readable before signing in.
        auth.MapGet("/options", (IOptions<ConsoleOpenIdConnectOptions> oidc) =>
            TypedResults.Ok(new SignInChoices(oidc.Value.IsEnabled ? oidc.Value.DisplayName : null)));

        app.MapGet("/api/me", (HttpContext context, IOptions<OperationsOptions> options) =>
        {
            var user = context.User;
            var role = user.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? ConsoleRoles.Viewer;
            return TypedResults.Ok(new
            {
                name = user.Identity?.Name,
                role,
                mayRetry = role is ConsoleRoles.Operator or ConsoleRoles.Admin,
                isAdmin = role == ConsoleRoles.Admin,
                areas = ConsoleSignIn.ScopeOf(user).Areas,
                jaegerUrl = options.Value.JaegerUrl.TrimEnd('/'),
            });
        }).RequireAuthorization(ConsoleAuthentication.Policy);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, ConsoleSignIn signIn, SignInThrottle throttle, OperatorLog log, ConsoleSessions sessions)
    {
        if (!context.Request.HasFormContentType)
        {
            return Results.Problem(statusCode: 400, title: "Sign in with a form post", detail: "Send username and password as application/x-www-form-urlencoded.");
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var (name, password) = (form["username"].ToString(), form["password"].ToString());
        if (name.Length == 0 || password.Length == 0)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                [name.Length == 0 ? "username" : "password"] = ["Give a user name and a password."],
            });
        }
        var address = OperatorLog.AddressOf(context);
        using (await throttle.OneAtATimeAsync(name, context.RequestAborted))
        {
            if (await throttle.RefusalAsync(log, name, address, context.RequestAborted) is { } refusal)
            {
                await log.RecordAsync(name, OperatorScope.Everything, OperatorActions.SignIn, null, refusal.Outcome, context);
                context.Response.Headers.RetryAfter = ((int)refusal.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return Results.Content(
                    $"<!doctype html><title>Too many failed sign-ins</title><p>Too many failed sign-ins for this user or from this address. Try again in {refusal.RetryAfter.TotalMinutes:0} minutes.</p><p><a href=\"login.html\">Back</a></p>",
                    "text/html; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
            }
            var (user, outcome) = signIn.Verify(name, password);
            if (user is null)
            {
                await log.RecordAsync(name, OperatorScope.Everything, OperatorActions.SignIn, null, outcome, context);
                return Results.Redirect(LoginPage + "?failed=1");
            }
            var session = await sessions.StartAsync(user.Name, ConsoleSessions.LocalSource, address, context.RequestAborted);
            var principal = ConsoleSignIn.PrincipalFor(user.Name, user.Role, user.Areas, ConsoleSessions.LocalSource, session);
            await context.SignInAsync(ConsoleAuthentication.Scheme, principal);
            await log.RecordAsync(principal, OperatorActions.SignIn, null, OperatorActions.Ok, context);
            return Results.Redirect(OperationsServiceExtensions.PathBase + "/");
        }
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, ConsoleSessions sessions, OperatorLog log, IOptions<ConsoleOpenIdConnectOptions> oidc)
    {
        var result = await context.AuthenticateAsync(ConsoleAuthentication.Scheme);
        if (result.Principal is { } user)
        {
            await sessions.EndAsync(user, context.RequestAborted);
            await log.RecordAsync(user, OperatorActions.SignOut, null, OperatorActions.Ok, context);
        }
        await context.SignOutAsync(ConsoleAuthentication.Scheme);
        // A user of the identity provider is signed out there too, and comes back to the sign-in page.
        return oidc.Value.IsEnabled && result.Principal?.FindFirst(ConsoleSessions.SourceClaim)?.Value == ConsoleSessions.OidcSource
            ? Results.SignOut(new AuthenticationProperties { RedirectUri = LoginPage }, [ConsoleOpenIdConnect.Scheme])
            : Results.Redirect(LoginPage);
    }

    private sealed record SignInChoices(string? IdentityProvider);
}
