using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.TestIdentityProvider.Endpoints;

/// <summary>
/// The userinfo endpoint: the claims of the access token's user, limited to the granted scopes as in the id_token.
/// OpenIddict's built-in answer would leave out <c>name</c>, <c>roles</c> and <c>hub_areas</c>.
/// </summary>
internal static class UserInfoEndpoint
{
    public const string Path = "/connect/userinfo";

    // As a Delegate, not a RequestDelegate, so that the result it returns is written to the response.
    public static void MapUserInfoEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfoAsync);

    private static async Task<JsonHttpResult<Dictionary<string, object>>> UserInfoAsync(HttpContext http)
    {
        // OpenIddict has already refused a missing or invalid access token; this reads the one it accepted.
        var accessToken = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var principal = accessToken.Principal
            ?? throw new InvalidOperationException("OpenIddict passed on a userinfo request without a valid access token.");

        var claims = new Dictionary<string, object> { [Claims.Subject] = principal.GetClaim(Claims.Subject)! };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = principal.GetClaim(Claims.Name)!;
            claims[Claims.PreferredUsername] = principal.GetClaim(Claims.PreferredUsername)!;
        }

        if (principal.HasScope(Scopes.Roles))
        {
            claims[HubScopesAndClaims.RolesClaim] = principal.GetClaims(HubScopesAndClaims.RolesClaim);
        }

        if (principal.HasScope(HubScopesAndClaims.AreasScope))
        {
            claims[HubScopesAndClaims.AreasClaim] = principal.GetClaims(HubScopesAndClaims.AreasClaim);
        }

        return TypedResults.Json(claims);
    }
}
