using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Client;
using Hub.TestIdentityProvider;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hub.Operations.BrowserTests;

/// <summary>
/// Everything the console tests need, started once: a RabbitMQ node (with management API) and PostgreSQL, Hub.Operations,
/// the gateway, job matching and signals as processes on one vhost, a flaky partner adapter, an alert webhook, and Chromium.
/// </summary>
public sealed class ConsoleRig : IAsyncLifetime
{
    public const string JaegerUrl = "http://jaeger.example:16686";
    private const string PseudonymisationKey = "51mohBJhDsDroMq/+9v5pfX4t3piNYpQyyEHTvhVQ9Q=";
    private const string SignalsPseudonymKey = "q0Vt1cX5m3rZ8yL2wN6pB4dH7jK9sF1aG3eT5uY8iO0=";

    /// <summary>The console's client at the test identity provider.</summary>
    public const string OidcClientId = "hub-console";
    private const string OidcClientSecret = "test-only-console-client-secret-0123456789";

    /// <summary>
    /// Users of the console's own users file beyond the demo ones of seeds/console-users.json (password "{name}-demo"):
    /// one the sign-in tests lock out, one they remove while signed in.
    /// </summary>
    public const string LockedOutUser = "locked-out";
    public const string LeavingUser = "leaving";
    private static readonly Dictionary<string, (string Hash, string Role)> ExtraUsers = new()
    {
        [LockedOutUser] = ("AQAAAAIAAYagAAAAENW56bQrB6fT/EoKD/uN9BU1+ZgvjW4JXyEDBcNiAKYJSJdQ2s8a1GzGyZfNFG7QvQ==", "operator"),
        [LeavingUser] = ("AQAAAAIAAYagAAAAEIneTfBlTWfJq+QOdfnPKs29JeCLtkypj67CqES/tkmmCuCK18sM45eQq/kJpCzWAw==", "viewer"),
    };

    private readonly List<ServiceProcess> _processes = [];
    private readonly string _files = Directory.CreateTempSubdirectory("hub-console-rig-").FullName;
    private readonly List<ServiceProvider> _partners = [];
    private RabbitMqNode? _broker;
    private PostgresServer? _postgres;
    private IPlaywright? _playwright;

    public ServiceProcess Operations { get; private set; } = null!;
    public ServiceProcess Gateway { get; private set; } = null!;
    public FlakyAdapter Adapter { get; private set; } = null!;
    public AlertReceiver Alerts { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    public Hub.TestIdentityProvider.TestIdentityProvider IdentityProvider { get; private set; } = null!;

    /// <summary>The console's users file (the demo users and <see cref="ExtraUsers"/>); the console watches it.</summary>
    public string UsersFile => Path.Combine(_files, "console-users.json");

    /// <summary>The console's root page.</summary>
    public string ConsoleUrl => new Uri(Operations.BaseAddress, "ops/").ToString();

    public async Task InitializeAsync()
    {
        var broker = RabbitMqNode.StartAsync();
        _postgres = await PostgresServer.StartAsync();
        _broker = await broker;
        var vhost = UniqueName.Of("console-");
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
        var (gatewayUrl, matchingUrl, signalsUrl) = (Url(), Url(), Url());
        // localhost, not 127.0.0.1: the identity provider is on localhost too, so its redirects stay on one site.
        var consoleUrl = $"http://localhost:{FreePort.Next()}";
        WriteUsersFile(ExtraUsers.Keys);
        IdentityProvider = await Hub.TestIdentityProvider.TestIdentityProvider.StartAsync(new TestIdentityProviderOptions
        {
            ClientId = OidcClientId,
            ClientSecret = OidcClientSecret,
            RedirectUris = [new Uri($"{consoleUrl}/ops/signin-oidc")],
            PostLogoutRedirectUris = [new Uri($"{consoleUrl}/ops/signout-callback-oidc")],
            Users = OidcUsers.All,
        });

        // Operations first: its audit queue must exist before the others report to it.
        Operations = Start("Hub.Operations", brokerSettings, "Operations", consoleUrl, new()
        {
            ["Hub:Operations:UsersFile"] = UsersFile,
            ["Hub:Operations:OpenIdConnect:Authority"] = IdentityProvider.Authority.ToString(),
            ["Hub:Operations:OpenIdConnect:ClientId"] = OidcClientId,
            ["Hub:Operations:OpenIdConnect:ClientSecret"] = OidcClientSecret,
            ["Hub:Operations:OpenIdConnect:RequireHttpsMetadata"] = "false",
            ["Hub:Operations:OpenIdConnect:DisplayName"] = "Sign in with Gemeente Test",
            // The test provider releases roles and areas for their scopes only (as Keycloak does with client scopes).
            ["Hub:Operations:OpenIdConnect:Scopes:0"] = "openid",
            ["Hub:Operations:OpenIdConnect:Scopes:1"] = "profile",
            ["Hub:Operations:OpenIdConnect:Scopes:2"] = "roles",
            ["Hub:Operations:OpenIdConnect:Scopes:3"] = "hub_areas",
            [$"Hub:Operations:OpenIdConnect:Roles:{OidcUsers.AdminRole}"] = "admin",
            [$"Hub:Operations:OpenIdConnect:Roles:{OidcUsers.OperatorRole}"] = "operator",
            // Every test signs in from this machine: the per-address limit is tested apart (Throttling_sign_ins).
            ["Hub:Operations:SignIn:MaxFailuresPerAddress"] = "1000",
            ["Hub:Operations:JaegerUrl"] = JaegerUrl,
            ["Hub:Operations:Broker:ManagementUrl"] = _broker.ManagementUri!.ToString(),
            ["Hub:Operations:Broker:ErrorQueueScanInterval"] = "00:00:01",
            ["Hub:Operations:Services:0:Name"] = "Hub.Gateway",
            ["Hub:Operations:Services:0:BaseUrl"] = gatewayUrl,
            ["Hub:Operations:Services:1:Name"] = "Hub.JobMatching",
            ["Hub:Operations:Services:1:BaseUrl"] = matchingUrl,
            ["Hub:Operations:Services:2:Name"] = "Hub.Signals",
            ["Hub:Operations:Services:2:BaseUrl"] = signalsUrl,
            ["Hub:Operations:Alerts:WebhookUrl"] = Alerts.Url,
            ["Hub:Operations:Alerts:FailureThreshold"] = "1",
            ["Hub:Operations:Alerts:CheckInterval"] = "00:00:01",
        });
        await Operations.WaitForHealthyAsync(TimeSpan.FromSeconds(120));

        Start("Hub.JobMatching", brokerSettings, "Matching", matchingUrl, []);
        Gateway = Start("Hub.Gateway", brokerSettings, "Gateway", gatewayUrl, new()
        {
            ["Hub:PartnersFile"] = Path.Combine(RepositoryPaths.RepoRoot, "seeds", "partners.json"),
            ["Hub:ApiKeys:HashKey"] = DemoSeeds.ApiKeyHashKey,
            ["Hub:Pseudonymisation:Key"] = PseudonymisationKey,
        });
        Start("Hub.Signals", brokerSettings, "Signals", signalsUrl, new()
        {
            ["Hub:Signals:PseudonymKey"] = SignalsPseudonymKey,
            ["Hub:Signals:PoliciesFile"] = Path.Combine(RepositoryPaths.RepoRoot, "seeds", "signal-policies.json"),
        });
        Adapter = await FlakyAdapter.StartAsync(brokerSettings);
        await Task.WhenAll(_processes.Select(p => p.WaitForHealthyAsync(TimeSpan.FromSeconds(120))));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        Assertions.SetDefaultExpectTimeout(60_000);
    }

    /// <summary>A partner system calling the gateway through Hub.Client with one of the demo keys (seeds/README.md).</summary>
    public T Partner<T>(string apiKey)
        where T : class
    {
        var services = new ServiceCollection().AddHubClient(options =>
        {
            options.BaseAddress = Gateway.BaseAddress;
            options.ApiKey = apiKey;
            // A loaded test machine: let one attempt take its time rather than retry into the gateway's in-progress key (409).
            options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(30);
        }).BuildServiceProvider();
        _partners.Add(services);
        return services.GetRequiredService<T>();
    }

    /// <summary>A new browser context (its own cookies) signed in as a demo user from seeds/console-users.json.</summary>
    public async Task<IPage> SignInAsync(string user)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(ConsoleUrl + "login.html");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", $"{user}-demo");
        await page.ClickAsync("#sign-in");
        await Assertions.Expect(page.Locator("#who")).ToContainTextAsync(user);
        return page;
    }

    /// <summary>Rewrites the users file with the demo users and only the given extra ones; the console picks it up on its own.</summary>
    public void WriteUsersFile(IEnumerable<string> extraUsers)
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.RepoRoot, "seeds", "console-users.json")))!;
        var users = file["Hub"]!["Operations"]!["Users"]!.AsArray();
        foreach (var name in extraUsers)
        {
            users.Add(new JsonObject { ["Name"] = name, ["PasswordHash"] = ExtraUsers[name].Hash, ["Role"] = ExtraUsers[name].Role, ["Areas"] = new JsonArray() });
        }
        // Written whole and moved into place, so the watching console never reads half a file.
        var next = UsersFile + ".next";
        File.WriteAllText(next, file.ToJsonString());
        File.Move(next, UsersFile, overwrite: true);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _partners.ForEach(p => p.Dispose());
        if (Adapter is not null)
        {
            await Adapter.DisposeAsync();
        }
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }
        Alerts.Dispose();
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
        Directory.Delete(_files, recursive: true);
    }

    private ServiceProcess Start(string project, Dictionary<string, string?> broker, string database, string? url, Dictionary<string, string?> settings)
    {
        var environment = new Dictionary<string, string?>
        {
            ["Logging__LogLevel__Default"] = "Warning",
            ["Database__Provider"] = "Postgres",
            [$"ConnectionStrings__{database}"] = _postgres!.ConnectionString(UniqueName.Of($"{database.ToLowerInvariant()}_")),
        };
        foreach (var (key, value) in broker.Concat(settings))
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        var process = ServiceProcess.Start(project, environment, url);
        _processes.Add(process);
        return process;
    }

    private static string Url() => $"http://127.0.0.1:{FreePort.Next()}";
}

[CollectionDefinition(Name)]
public sealed class ConsoleCollection : ICollectionFixture<ConsoleRig>
{
    public const string Name = "console";
}
