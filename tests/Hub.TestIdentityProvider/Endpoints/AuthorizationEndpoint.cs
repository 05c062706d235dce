using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace Hub.TestIdentityProvider.Endpoints;

/// <summary>
/// The authorization endpoint after OpenIddict has validated the request (client, redirect_uri, PKCE): sends a stranger
/// to the sign-in form and back, and answers a signed-in user with an authorization code.
/// </summary>
internal static class AuthorizationEndpoint
{
    public const string Path = "/connect/authorize";

    public static void MapAuthorizationEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync);

    private static async Task<Results<RedirectHttpResult, SignInHttpResult>> AuthorizeAsync(
        HttpContext http, TestIdentityProviderOptions options, IdentityProviderActivity activity)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not hand over the authorization request.");

        var session = await http.AuthenticateAsync(SignInCookie.Scheme);
        var user = options.Users.SingleOrDefault(user => user.UserName == session.Principal?.Identity?.Name);
        if (user is null)
        {
            // The request is replayed from its own parameters, so a POSTed authorization request comes back as a GET.
            var parameters = http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList();
            var authorizationRequest = http.Request.PathBase + http.Request.Path + QueryString.Create(parameters);
            return TypedResults.Redirect(LoginEndpoints.PathFor(authorizationRequest));
        }

        activity.SignedIn(user.UserName);
        var identity = UserIdentity.For(user, request.GetScopes());
        return TypedResults.SignIn(new(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
