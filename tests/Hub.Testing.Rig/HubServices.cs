using Hub.Client;
using Hub.Testing;

namespace Hub.Testing.Rig;

/// <summary>The gateway and job matching (and, when asked, the signals service) as processes on one vhost and PostgreSQL, the way they are deployed.</summary>
public sealed class HubServices : IAsyncDisposable
{
    private readonly List<ServiceProcess> _processes = [];
    private readonly List<HubPartner> _partners = [];
    private readonly Dictionary<string, IDictionary<string, string?>> _databases = [];

    /// <summary>A test key; the system tests never see real residents.</summary>
    public const string PseudonymisationKey = "51mohBJhDsDroMq/+9v5pfX4t3piNYpQyyEHTvhVQ9Q=";

    /// <summary>A test key for the signals service's per-recipient pseudonyms.</summary>
    public const string SignalsPseudonymKey = "q0Vt1cX5m3rZ8yL2wN6pB4dH7jK9sF1aG3eT5uY8iO0=";

    public required string VirtualHost { get; init; }

    public ServiceProcess Gateway => _processes.Single(p => p.ProjectName == "Hub.Gateway");

    public ServiceProcess JobMatching => JobMatchingInstances[0];

    public IReadOnlyList<ServiceProcess> JobMatchingInstances => [.. _processes.Where(p => p.ProjectName == "Hub.JobMatching")];

    /// <summary>Only when started <c>withSignals</c>.</summary>
    public ServiceProcess Signals => SignalsInstances[0];

    public IReadOnlyList<ServiceProcess> SignalsInstances => [.. _processes.Where(p => p.ProjectName == "Hub.Signals")];

    public IEnumerable<ServiceProcess> Processes => _processes;

    /// <param name="workerInstances">How many instances of job matching (and signals) compete on the same queues and database.</param>
    /// <param name="serviceSettings">Settings for every service, after the broker's (the load harness tunes with them).</param>
    public static async Task<HubServices> StartAsync(HubRig rig, Action<string> log, string scratch, IDictionary<string, string?>? gatewaySettings = null,
        bool withSignals = false, int workerInstances = 1, DatabaseKind database = DatabaseKind.Postgres, IDictionary<string, string?>? serviceSettings = null)
    {
        var vhost = await rig.NewVirtualHostAsync();
        var broker = Settings.Merge(rig.BrokerSettings(vhost), serviceSettings ?? new Dictionary<string, string?>());
        var services = new HubServices { VirtualHost = vhost };
        var matchingDb = services.Database(rig, database, "Matching", scratch);
        var signalsDb = services.Database(rig, database, "Signals", scratch);
        services._processes.Add(ServiceProcess.Start("Hub.Gateway",
            Settings.AsEnvironment(broker, services.Database(rig, database, "Gateway", scratch), gatewaySettings ?? new Dictionary<string, string?>(),
                [new("Hub:PartnersFile", Path.Combine(RepositoryPaths.RepoRoot, "seeds", "partners.json")), new("Hub:ApiKeys:HashKey", DemoSeeds.ApiKeyHashKey), new("Hub:Pseudonymisation:Key", PseudonymisationKey)]), log: log));
        for (var instance = 0; instance < workerInstances; instance++)
        {
            services._processes.Add(ServiceProcess.Start("Hub.JobMatching", Settings.AsEnvironment(broker, matchingDb), log: log));
            if (withSignals)
            {
                services._processes.Add(ServiceProcess.Start("Hub.Signals",
                    Settings.AsEnvironment(broker, signalsDb,
                        [new("Hub:Signals:PseudonymKey", SignalsPseudonymKey),
                         new("Hub:Signals:PoliciesFile", Path.Combine(RepositoryPaths.RepoRoot, "seeds", "signal-policies.json"))]), log: log));
            }
        }
        await Task.WhenAll(services._processes.Select(p => p.WaitForHealthyAsync(TimeSpan.FromSeconds(120))));
        return services;
    }

    /// <summary>The PostgreSQL connection string of one service's database ("Matching", "Gateway", "Signals").</summary>
    public string ConnectionString(string connectionName) => _databases[connectionName][$"ConnectionStrings:{connectionName}"]!;

    /// <summary>SIGKILLs a service, like a crash, and starts it again with the same settings and address (not waiting until it is ready).</summary>
    public async Task<ServiceProcess> KillAndRestartAsync(string projectName)
    {
        var index = _processes.FindIndex(p => p.ProjectName == projectName);
        var crashed = _processes[index];
        _processes[index] = crashed.Restart();
        await crashed.DisposeAsync();
        return _processes[index];
    }

    private IDictionary<string, string?> Database(HubRig rig, DatabaseKind kind, string connectionName, string scratch) =>
        _databases[connectionName] = rig.DatabaseSettings(kind, connectionName, scratch);

    /// <summary>A partner calling the gateway through Hub.Client; disposed with the services.</summary>
    public HubPartner ClientFor(string apiKey, Action<HubResilienceOptions>? tune = null)
    {
        var partner = HubPartner.Connect(Gateway.BaseAddress, apiKey, tune);
        _partners.Add(partner);
        return partner;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var partner in _partners)
        {
            await partner.DisposeAsync();
        }
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }
    }
}
