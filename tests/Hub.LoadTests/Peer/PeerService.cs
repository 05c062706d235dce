using Hub.Testing;

namespace Hub.LoadTests.Peer;

/// <summary>
/// The Wolverine peer (tests/Hub.LoadTests.Peer) as a process on the rig's broker node, in a vhost of its own, and a database
/// of its own on the rig's PostgreSQL (or a SQLite file in the scratch directory); configured under the Hub's keys.
/// </summary>
internal sealed class PeerService : IAsyncDisposable
{
    /// <summary>The quorum queue the peer binds to its matching events exchange, read by <see cref="PeerProbe"/>.</summary>
    public const string SubscriberQueue = "peer-load-probe";

    private readonly List<HubPartner> _partners = [];

    private PeerService(ServiceProcess process, string virtualHost) => (Process, VirtualHost) = (process, virtualHost);

    public ServiceProcess Process { get; }

    public string VirtualHost { get; }

    public static async Task<PeerService> StartAsync(HubRig rig, Action<string> log, string scratch, DatabaseKind database,
        IDictionary<string, string?> serviceSettings)
    {
        var vhost = await rig.NewVirtualHostAsync();
        var settings = Settings.Merge(rig.BrokerSettings(vhost), rig.DatabaseSettings(database, "Peer", scratch));
        settings["Hub:PartnersFile"] = Path.Combine(RepositoryPaths.RepoRoot, "seeds", "partners.json");
        settings["Hub:ApiKeys:HashKey"] = DemoSeeds.ApiKeyHashKey;
        settings["Hub:Pseudonymisation:Key"] = HubServices.PseudonymisationKey;
        settings["Peer:SubscriberQueue"] = SubscriberQueue;
        var process = ServiceProcess.StartFrom("tests", "Hub.LoadTests.Peer",
            Settings.AsEnvironment(settings, serviceSettings), log: log);
        var peer = new PeerService(process, vhost);
        try
        {
            await process.WaitForHealthyAsync(TimeSpan.FromSeconds(120));
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
        return peer;
    }

    /// <summary>A partner calling the peer through Hub.Client, exactly as it calls the gateway; disposed with the peer.</summary>
    public HubPartner ClientFor(string apiKey)
    {
        var partner = HubPartner.Connect(Process.BaseAddress, apiKey);
        _partners.Add(partner);
        return partner;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var partner in _partners)
        {
            await partner.DisposeAsync();
        }
        await Process.DisposeAsync();
    }
}
