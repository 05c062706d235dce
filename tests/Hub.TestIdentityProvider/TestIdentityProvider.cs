using Hub.TestIdentityProvider.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace Hub.TestIdentityProvider;

/// <summary>
/// A real OpenID Connect identity provider (OpenIddict: authorization code flow with PKCE, a sign-in form, end session,
/// userinfo) that tests start in-process on a free localhost port, so that the console's OIDC sign-in can be tested
/// through a real browser against a stand-in for Entra ID, ADFS or Keycloak. Everything lives in memory.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    private readonly WebApplication _host;
    private readonly SqliteConnection _database;
    private readonly IdentityProviderActivity _activity;

    private TestIdentityProvider(WebApplication host, SqliteConnection database, IdentityProviderActivity activity, Uri authority)
    {
        _host = host;
        _database = database;
        _activity = activity;
        Authority = authority;
    }

    /// <summary><c>http://localhost:{port}/</c>, the issuer; discovery at <c>{Authority}.well-known/openid-configuration</c>.</summary>
    public Uri Authority { get; }

    /// <summary>User names of completed sign-ins (authorization codes issued), in order.</summary>
    public IReadOnlyList<string> SignIns => _activity.SignIns;

    /// <summary>End-session requests served.</summary>
    public int SignOuts => _activity.SignOuts;

    /// <summary>Starts the provider with the console registered as its one client; ready for sign-ins when this returns.</summary>
    public static async Task<TestIdentityProvider> StartAsync(
        TestIdentityProviderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);

        // An in-memory database lives while a connection to it is open: this one is held for the provider's lifetime.
        // Named and shared-cache rather than ":memory:", so each DbContext gets a connection of its own and requests
        // that overlap never share one (a SqliteConnection is not thread-safe).
        var database = new SqliteConnection($"Data Source=hub-test-identity-provider-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
        await database.OpenAsync(cancellationToken);
        var activity = new IdentityProviderActivity();
        WebApplication? host = null;
        try
        {
            host = IdentityProviderHost.Build(options, database.ConnectionString, activity);
            await using (var scope = host.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IdentityProviderDbContext>().Database.EnsureCreatedAsync(cancellationToken);
                await ClientRegistration.RegisterAsync(
                    scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>(), options, cancellationToken);
            }

            await host.StartAsync(cancellationToken);
            var authority = IdentityProviderHost.AuthorityOf(host.Services.GetRequiredService<IServer>());
            var issuer = host.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue.Issuer;
            if (issuer != authority)
            {
                throw new InvalidOperationException($"OpenIddict's issuer is {issuer}, not the provider's address {authority}.");
            }

            return new TestIdentityProvider(host, database, activity, authority);
        }
        catch
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }

            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops Kestrel and closes the database connection, which drops the in-memory database.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }
}
