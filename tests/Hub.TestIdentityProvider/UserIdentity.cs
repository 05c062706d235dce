using System.Security.Claims;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.TestIdentityProvider;

/// <summary>The claims OpenIddict puts in a user's tokens, each sent to the id_token only when its scope was granted.</summary>
internal static class UserIdentity
{
    public static ClaimsIdentity For(TestIdentityUser user, IEnumerable<string> grantedScopes)
    {
        var identity = new ClaimsIdentity(
            authenticationType: "Hub.TestIdentityProvider",
            nameType: Claims.Name,
            roleType: HubScopesAndClaims.RolesClaim);

        identity.SetClaim(Claims.Subject, user.UserName)
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaims(HubScopesAndClaims.RolesClaim, [.. user.Roles])
            .SetClaims(HubScopesAndClaims.AreasClaim, [.. user.Areas]);

        identity.SetScopes(grantedScopes);
        identity.SetDestinations(DestinationsOf);
        return identity;
    }

    // OpenIddict leaves a claim out of every token unless it is given a destination; the access token gets them all
    // so that the userinfo endpoint, which reads the access token, can answer with the same claims.
    private static IEnumerable<string> DestinationsOf(Claim claim)
    {
        yield return Destinations.AccessToken;

        var scopeThatReleasesIt = claim.Type switch
        {
            Claims.Name or Claims.PreferredUsername => Scopes.Profile,
            HubScopesAndClaims.RolesClaim => Scopes.Roles,
            HubScopesAndClaims.AreasClaim => HubScopesAndClaims.AreasScope,
            _ => null,
        };

        if (scopeThatReleasesIt is not null && claim.Subject!.HasScope(scopeThatReleasesIt))
        {
            yield return Destinations.IdentityToken;
        }
    }
}
