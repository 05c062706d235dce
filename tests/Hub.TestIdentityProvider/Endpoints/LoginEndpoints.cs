using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hub.TestIdentityProvider.Endpoints;

/// <summary>
/// A plain HTML sign-in form (<c>username</c>, <c>password</c>, <c>sign-in</c>) that checks the configured users,
/// starts the provider's cookie session and returns to the authorization request it came from.
/// </summary>
internal static class LoginEndpoints
{
    private const string Path = "/account/login";

    public static string PathFor(string returnUrl) => $"{Path}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static void MapLoginEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, Results<ContentHttpResult, ProblemHttpResult> (string? returnUrl) =>
            IsLocal(returnUrl) ? Form(returnUrl, failed: false) : NotLocal());

        endpoints.MapPost(Path, SignInAsync);
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult, ProblemHttpResult>> SignInAsync(HttpContext http, TestIdentityProviderOptions options)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        string? returnUrl = form["returnUrl"];
        if (!IsLocal(returnUrl))
        {
            return NotLocal();
        }

        var user = options.Users.SingleOrDefault(user => user.UserName == form["username"]);
        if (user is null || user.Password != form["password"])
        {
            return Form(returnUrl, failed: true);
        }

        var session = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.UserName)], SignInCookie.Scheme);
        await http.SignInAsync(SignInCookie.Scheme, new ClaimsPrincipal(session));
        return TypedResults.Redirect(returnUrl);
    }

    // Only a path on this provider: an open redirect would let any page send a signed-in browser anywhere. "//host",
    // "/\\host" and a tab or newline after the first slash (browsers drop them, leaving "//host") all leave it.
    private static bool IsLocal([NotNullWhen(true)] string? returnUrl) =>
        returnUrl is ['/'] or ['/', not ('/' or '\\'), ..] && !returnUrl.Any(char.IsControl);

    private static ProblemHttpResult NotLocal() =>
        TypedResults.Problem("returnUrl must be a path on this identity provider.", statusCode: StatusCodes.Status400BadRequest);

    private static ContentHttpResult Form(string returnUrl, bool failed) => TypedResults.Content(
        $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Sign in - Hub test identity provider</title></head>
        <body>
          <h1>Sign in</h1>
          {(failed ? """<p id="failed" role="alert">Unknown user name or wrong password.</p>""" : "")}
          <form method="post" action="{Path}">
            <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl)}">
            <label for="username">User name</label> <input id="username" name="username" autocomplete="username" required>
            <label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button id="sign-in" type="submit">Sign in</button>
          </form>
        </body>
        </html>
        """,
        "text/html; charset=utf-8");
}
