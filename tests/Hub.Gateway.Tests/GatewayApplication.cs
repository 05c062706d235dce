using Hub.Gateway;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Gateway.Tests;

/// <summary>
/// The gateway in memory with MassTransit's test harness as its bus, the demo partners of seeds/,
/// stand-ins for job matching and the signals service that answer reads, its own fresh database, every publish counted,
/// rate limits high enough not to get in the way, and every log line captured.
/// </summary>
public sealed class GatewayApplication : WebApplicationFactory<GatewayOptions>
{
    public const string EmployerKey = "demo-employer-key-installatie-oost";
    public const string EmployerId = "00000001820029336000";
    public const string HousingKey = "demo-housing-key-elkien";
    public const string HousingId = "00000001802327497000";
    public const string SchoolKey = "demo-school-key-friese-poort";
    public const string SchoolId = "00000001824476093000";
    public const string PoliceKey = "demo-police-key-leeuwarden";
    public const string PoliceId = "00000001003214345000";
    public const string JobAgencyKey = "demo-jobagency-key-werkplein";
    public const string JobAgencyId = "00000001821699180000";
    public const string MunicipalityKey = "demo-municipality-key-leeuwarden";
    public const string MunicipalityId = "00000001001608755000";
    public const string MunicipalityArea = "leeuwarden-oost";
    /// <summary>Test-only pseudonymisation key (base64 of "gateway-tests-only-pseudonym-key!").</summary>
    public const string PseudonymKey = "Z2F0ZXdheS10ZXN0cy1vbmx5LXBzZXVkb255bS1rZXkh";

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("hub-gateway-tests-");

    public CapturedLogs Logs { get; } = new();

    /// <summary>Settings on top of the defaults above (for example another database).</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Hub:PartnersFile", Path.Combine(RepoRoot(), "seeds", "partners.json"));
        builder.UseSetting("Hub:Messaging:Transport", "InMemory");
        builder.UseSetting("Hub:Pseudonymisation:Key", PseudonymKey);
        builder.UseSetting("Hub:ApiKeys:HashKey", Hub.Testing.DemoSeeds.ApiKeyHashKey);
        builder.UseSetting("ConnectionStrings:Gateway", $"Data Source={Path.Combine(_dataDirectory.FullName, "gateway.db")};Default Timeout=30");
        builder.UseSetting("Hub:Gateway:RateLimit:PermitsPerSecond", "100000");
        builder.UseSetting("Hub:Gateway:RateLimit:Burst", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace));
        builder.ConfigureTestServices(services =>
        {
            services.AddMassTransitTestHarness(bus =>
            {
                bus.AddGatewayConsumersAndClients();
                bus.AddConsumer<FakeJobMatching>();
                bus.AddConsumer<FakeSignals>();
            });
            services.AddSingleton<PublishCounter>();
            services.AddPublishObserver(provider => provider.GetRequiredService<PublishCounter>());
        });
    }

    public ITestHarness Harness => Services.GetTestHarness();

    /// <summary>The Hub-wide pseudonym on the bus behind the pseudonym the gateway showed one partner.</summary>
    public string HubSubjectOf(string partnerId, string ownPseudonym) =>
        Services.GetRequiredService<Hub.Pseudonymisation.Pseudonymiser>().SubjectFor(partnerId, ownPseudonym) ?? throw new ArgumentException("Not a partner's pseudonym.", nameof(ownPseudonym));

    /// <summary>The pseudonym the gateway shows <paramref name="partnerId"/> for a Hub-wide pseudonym.</summary>
    public string OwnPseudonymOf(string partnerId, string hubSubject) =>
        Services.GetRequiredService<Hub.Pseudonymisation.Pseudonymiser>().ForRecipient(partnerId, hubSubject);

    /// <summary>Every publish the gateway attempted; unlike the harness it also counts a repeated message id.</summary>
    public int PublishAttempts => Services.GetRequiredService<PublishCounter>().Count;

    /// <summary>What the gateway published, less the audit wire tap's batches (see <see cref="PublishCounter"/>).</summary>
    public IEnumerable<IPublishedMessage> BusinessMessagesPublished =>
        Harness.Published.Select<object>().Where(published => published.MessageType != typeof(Hub.Contracts.Operations.AuditBatch));

    public HttpClient ClientFor(string? apiKey)
    {
        var client = CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _dataDirectory.Exists)
        {
            _dataDirectory.Delete(recursive: true);
        }
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Hub.sln not found above the test directory.");
    }
}
