using Hub.Operations.Access;
using Hub.Operations.Options;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Endpoints;

/// <summary>Sign in with a form post (a cookie for the browser), sign out, and who am I.</summary>
internal static class AuthEndpoints
{
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/auth");
        auth.MapPost("/login", async (HttpContext context, ConsoleSignIn signIn) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var principal = signIn.Verify(form["username"], form["password"]);
            if (principal is null)
            {
                return Results.Redirect(OperationsServiceExtensions.PathBase + "/login.html?failed=1");
            }
            await context.SignInAsync(ConsoleAuthentication.Scheme, principal);
            return Results.Redirect(OperationsServiceExtensions.PathBase + "/");
        }).DisableAntiforgery();
        auth.MapPost("/logout", async (HttpContext context) =>
        {
            await context.SignOutAsync(ConsoleAuthentication.Scheme);
            return Results.Redirect(OperationsServiceExtensions.PathBase + "/login.html");
        }).DisableAntiforgery();

        app.MapGet("/api/me", (HttpContext context, IOptions<OperationsOptions> options) =>
        {
            var user = context.User;
            var role = user.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? ConsoleRoles.Viewer;
            return TypedResults.Ok(new
            {
                name = user.Identity?.Name,
                role,
                mayRetry = role is ConsoleRoles.Operator or ConsoleRoles.Admin,
                areas = ConsoleSignIn.ScopeOf(user).Areas,
                jaegerUrl = options.Value.JaegerUrl.TrimEnd('/'),
            });
        }).RequireAuthorization(ConsoleAuthentication.Policy);
    }
}
