using System.Globalization;
using Hub.TestIdentityProvider;
using Hub.Testing;
using Microsoft.Playwright;

namespace Hub.Portal.BrowserTests;

/// <summary>Where the portal runs, and the Chromium that visits it.</summary>
public abstract class PortalRig : IAsyncLifetime
{
    private IPlaywright? _playwright;
    protected readonly List<ServiceProcess> Processes = [];

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The portal's root, ending in /portal/.</summary>
    public Uri Portal { get; protected set; } = null!;

    public async Task InitializeAsync()
    {
        await StartHubAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        Assertions.SetDefaultExpectTimeout(60_000);
    }

    protected abstract Task StartHubAsync();

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        foreach (var process in Processes)
        {
            await process.DisposeAsync();
        }
    }
}

/// <summary>The README's embedded run: one Hub.Local process (in-memory bus, SQLite), the portal beside the gateway.</summary>
public sealed class EmbeddedPortalRig : PortalRig
{
    private readonly string _data = Directory.CreateTempSubdirectory("hub-portal-embedded-").FullName;

    protected override async Task StartHubAsync()
    {
        var hub = ServiceProcess.Start("Hub.Local", new Dictionary<string, string?>
        {
            ["Database__DataDirectory"] = _data,
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Logging__LogLevel__Default"] = "Warning",
        }, urls: $"http://localhost:{FreePort.Next()}");
        Processes.Add(hub);
        await hub.WaitForHealthyAsync(TimeSpan.FromSeconds(120));
        Portal = new Uri(hub.BaseAddress, "portal/");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { /* the stopped process may still hold a file briefly */ }
    }
}

/// <summary>
/// The distributed Hub: a RabbitMQ node and PostgreSQL, the gateway, job matching and signals as processes, and Hub.Portal as a
/// process of its own calling the gateway with its user tokens.
/// </summary>
public sealed class SystemPortalRig : PortalRig
{
    private const string PseudonymisationKey = "51mohBJhDsDroMq/+9v5pfX4t3piNYpQyyEHTvhVQ9Q=";
    private const string SignalsPseudonymKey = "q0Vt1cX5m3rZ8yL2wN6pB4dH7jK9sF1aG3eT5uY8iO0=";
    private const string PortalTokenKey = "yGf1mA3kQ7rT9wZ2xC5vB8nM0pL4sD6hJ1kU3eR5tY8=";
    private const string OidcClientSecret = "test-only-portal-client-secret-0123456789";
    private RabbitMqNode? _broker;
    private PostgresServer? _postgres;

    /// <summary>A colleague of Installatiebedrijf Oost at the organisation's identity provider (user name = e-mail).</summary>
    public static readonly TestIdentityUser OidcColleague = new("oidc.collega@installatie-oost.example", "oidc-idp-password", "Olga Oidc", [], []);
    /// <summary>Someone the provider knows but no portal administrator invited.</summary>
    public static readonly TestIdentityUser OidcStranger = new("vreemde@elders.example", "vreemde-idp-password", "Vera Vreemd", [], []);

    public Hub.TestIdentityProvider.TestIdentityProvider IdentityProvider { get; private set; } = null!;

    protected override async Task StartHubAsync()
    {
        var broker = RabbitMqNode.StartAsync();
        _postgres = await PostgresServer.StartAsync();
        _broker = await broker;
        var vhost = UniqueName.Of("portal-");
        await _broker.RabbitMqCtlAsync("add_vhost", vhost);
        await _broker.RabbitMqCtlAsync("set_permissions", "-p", vhost, _broker.User, ".*", ".*", ".*");
        var brokerSettings = new Dictionary<string, string?>
        {
            ["Hub:Messaging:Transport"] = "RabbitMq",
            ["RabbitMq:Host"] = _broker.Host,
            ["RabbitMq:Port"] = _broker.Port.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = vhost,
            ["RabbitMq:Username"] = _broker.User,
            ["RabbitMq:Password"] = _broker.Password,
            ["Hub:Outbox:RelayPollInterval"] = "00:00:00.250",
        };
        var partners = Path.Combine(RepositoryPaths.RepoRoot, "seeds", "partners.json");
        var gatewayUrl = $"http://127.0.0.1:{FreePort.Next()}";
        Start("Hub.JobMatching", "Matching", null, brokerSettings);
        Start("Hub.Gateway", "Gateway", gatewayUrl, brokerSettings, new()
        {
            ["Hub:PartnersFile"] = partners,
            ["Hub:ApiKeys:HashKey"] = DemoSeeds.ApiKeyHashKey,
            ["Hub:Pseudonymisation:Key"] = PseudonymisationKey,
            ["Hub:Gateway:PortalTokens:SigningKey"] = PortalTokenKey,
        });
        Start("Hub.Signals", "Signals", null, brokerSettings, new()
        {
            ["Hub:Signals:PseudonymKey"] = SignalsPseudonymKey,
            ["Hub:Signals:PoliciesFile"] = Path.Combine(RepositoryPaths.RepoRoot, "seeds", "signal-policies.json"),
        });
        // localhost, not 127.0.0.1: the identity provider is on localhost too, so its redirects stay on one site.
        var portalUrl = $"http://localhost:{FreePort.Next()}";
        IdentityProvider = await Hub.TestIdentityProvider.TestIdentityProvider.StartAsync(new TestIdentityProviderOptions
        {
            ClientId = "hub-portal",
            ClientSecret = OidcClientSecret,
            RedirectUris = [new Uri($"{portalUrl}/portal/signin-oidc")],
            Users = [OidcColleague, OidcStranger],
        });
        var portal = Start("Hub.Portal", "Portal", portalUrl, [], new()
        {
            ["Hub:Portal:OpenIdConnect:Authority"] = IdentityProvider.Authority.ToString(),
            ["Hub:Portal:OpenIdConnect:ClientId"] = "hub-portal",
            ["Hub:Portal:OpenIdConnect:ClientSecret"] = OidcClientSecret,
            ["Hub:Portal:OpenIdConnect:RequireHttpsMetadata"] = "false",
            // The test provider has no e-mail claim; its user names are e-mail addresses.
            ["Hub:Portal:OpenIdConnect:EmailClaim"] = "preferred_username",
            ["Hub:Portal:OpenIdConnect:Scopes:0"] = "openid",
            ["Hub:Portal:OpenIdConnect:Scopes:1"] = "profile",
            ["Hub:PartnersFile"] = partners,
            ["Hub:Portal:GatewayAddress"] = gatewayUrl,
            ["Hub:Portal:TokenKey"] = PortalTokenKey,
            ["Hub:Portal:UsersFile"] = Path.Combine(RepositoryPaths.RepoRoot, "seeds", "portal-users.json"),
        });
        await Task.WhenAll(Processes.Select(p => p.WaitForHealthyAsync(TimeSpan.FromSeconds(120))));
        Portal = new Uri(portal.BaseAddress, "portal/");
    }

    private ServiceProcess Start(string project, string database, string? url, Dictionary<string, string?> broker, Dictionary<string, string?>? settings = null)
    {
        var environment = new Dictionary<string, string?>
        {
            ["Logging__LogLevel__Default"] = "Warning",
            ["Database__Provider"] = "Postgres",
            [$"ConnectionStrings__{database}"] = _postgres!.ConnectionString(UniqueName.Of($"{database.ToLowerInvariant()}_")),
        };
        foreach (var (key, value) in broker.Concat(settings ?? []))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = ServiceProcess.Start(project, environment, url);
        Processes.Add(process);
        return process;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
        if (IdentityProvider is not null)
        {
            await IdentityProvider.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EmbeddedPortalCollection : ICollectionFixture<EmbeddedPortalRig>
{
    public const string Name = "portal-embedded";
}

[CollectionDefinition(Name)]
public sealed class SystemPortalCollection : ICollectionFixture<SystemPortalRig>
{
    public const string Name = "portal-system";
}
