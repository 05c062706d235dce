using System.Net;
using System.Security.Cryptography;
using Hub.TestIdentityProvider.Endpoints;
using Hub.TestIdentityProvider.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hub.TestIdentityProvider;

/// <summary>The web host: Kestrel on a free loopback port, OpenIddict's server over the EF Core store, the sign-in pages.</summary>
internal static class IdentityProviderHost
{
    // One RSA key for every provider the test process starts: generating one took one to four seconds on a two-core
    // machine, each start. The key is generated inside the Lazy, by one thread, as two providers may start at once.
    private static readonly Lazy<RsaSecurityKey> SigningKey = new(() =>
    {
        var rsa = RSA.Create(2048);
        rsa.ExportParameters(includePrivateParameters: false);
        return new RsaSecurityKey(rsa);
    });

    public static WebApplication Build(
        TestIdentityProviderOptions options, string databaseConnectionString, IdentityProviderActivity activity)
    {
        // The empty builder reads no appsettings.json or ASPNETCORE_ variables: the host of the tests that start this
        // provider (the console, say) must not hand it their Kestrel endpoints or logging settings.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRouting();
        builder.Services.AddSingleton(options).AddSingleton(activity);

        builder.Services.AddDbContext<IdentityProviderDbContext>(database => database
            .UseSqlite(databaseConnectionString)
            .UseOpenIddict());

        // Keys for the cookie live in memory and die with the provider, like OpenIddict's ephemeral ones.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddAuthentication()
            .AddCookie(SignInCookie.Scheme, cookie => cookie.Cookie.Name = SignInCookie.Name);

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityProviderDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(AuthorizationEndpoint.Path)
                    .SetTokenEndpointUris("/connect/token")
                    .SetEndSessionEndpointUris(EndSessionEndpoint.Path)
                    .SetUserInfoEndpointUris(UserInfoEndpoint.Path);

                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes(Scopes.Profile, Scopes.Roles, HubScopesAndClaims.AreasScope);
                server.RegisterClaims(
                    Claims.Name, Claims.PreferredUsername, HubScopesAndClaims.RolesClaim, HubScopesAndClaims.AreasClaim);

                // Keys that live in memory only. Only the provider reads what it encrypts (codes; access tokens stay
                // plain JWTs), so an AES key does; id_tokens are signed RS256, as at Entra ID, ADFS and Keycloak.
                server.AddSigningKey(SigningKey.Value)
                    .AddEphemeralEncryptionKey(SecurityAlgorithms.Aes256KW)
                    .DisableAccessTokenEncryption();

                // The token endpoint needs no code here: OpenIddict redeems the code with the claims the authorization
                // endpoint gave it. Plain http is fine on localhost in tests.
                server.UseAspNetCore()
                    .DisableTransportSecurityRequirement()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
            });

        // The port, and so the issuer, is known only once Kestrel has bound; OpenIddict first reads its options at the
        // first request, after that. TestIdentityProvider.StartAsync checks this held.
        builder.Services.AddOptions<OpenIddictServerOptions>()
            .Configure<IServer>((server, kestrel) => server.Issuer = AuthorityOf(kestrel));

        var app = builder.Build();
        app.UseAuthentication();
        app.MapAuthorizationEndpoint();
        app.MapLoginEndpoints();
        app.MapEndSessionEndpoint();
        app.MapUserInfoEndpoint();
        return app;
    }

    /// <summary><c>http://localhost:{port}/</c>: browsers treat localhost, unlike 127.0.0.1, as a secure context for cookies.</summary>
    public static Uri AuthorityOf(IServer kestrel)
    {
        var address = kestrel.Features.Get<IServerAddressesFeature>()?.Addresses.SingleOrDefault()
            ?? throw new InvalidOperationException("Kestrel has not bound an address yet.");
        var port = new Uri(address).Port;
        return port > 0
            ? new UriBuilder(Uri.UriSchemeHttp, "localhost", port).Uri
            : throw new InvalidOperationException($"Kestrel has not been given a port yet ({address}).");
    }
}
