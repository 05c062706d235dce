using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Server.AspNetCore;

namespace Hub.TestIdentityProvider.Endpoints;

/// <summary>
/// The end-session (logout) endpoint after OpenIddict has validated the request: ends the provider's cookie session and
/// lets OpenIddict send the browser to the post_logout_redirect_uri, which it has checked against the registered ones.
/// </summary>
internal static class EndSessionEndpoint
{
    public const string Path = "/connect/logout";
    private const string SignedOutPath = "/account/signed-out";

    public static void MapEndSessionEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], EndSessionAsync);

        // Where the browser lands when the client asked for no post_logout_redirect_uri.
        endpoints.MapGet(SignedOutPath, () => TypedResults.Content(
            """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Signed out</title></head><body><p id="signed-out">You are signed out.</p></body></html>""",
            "text/html; charset=utf-8"));
    }

    private static async Task<SignOutHttpResult> EndSessionAsync(HttpContext http, IdentityProviderActivity activity)
    {
        await http.SignOutAsync(SignInCookie.Scheme);
        activity.SignedOut();
        return TypedResults.SignOut(
            new AuthenticationProperties { RedirectUri = SignedOutPath },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
