using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.TestIdentityProvider;

/// <summary>Registers the console as a confidential client that may use the code flow (with PKCE) and the provider's scopes.</summary>
internal static class ClientRegistration
{
    public static async Task RegisterAsync(
        IOpenIddictApplicationManager applications, TestIdentityProviderOptions options, CancellationToken cancellationToken)
    {
        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = options.ClientId,
            ClientSecret = options.ClientSecret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "Hub operator console",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
                Permissions.Prefixes.Scope + HubScopesAndClaims.AreasScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        client.RedirectUris.UnionWith(options.RedirectUris);
        client.PostLogoutRedirectUris.UnionWith(options.PostLogoutRedirectUris);

        await applications.CreateAsync(client, cancellationToken);
    }
}
