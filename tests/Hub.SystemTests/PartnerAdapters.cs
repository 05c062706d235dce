using System.Text.Json.Nodes;
using Hub.PartnerSimulator;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// Hub.Housing, Hub.Schools and Hub.Police as processes on the hub's vhost, each serving one demo partner with a drop
/// folder under the scratch directory and a webhook on a simulated partner system. Delivery waits are short (test).
/// Each logs in as its own broker user with exactly the permissions of infra/rabbitmq/definitions.json, so the
/// end-to-end run also proves those permissions are enough.
/// </summary>
internal sealed class PartnerAdapters : IAsyncDisposable
{
    private readonly List<ServiceProcess> _processes = [];

    public required IReadOnlyDictionary<string, SimulatedPartner> Systems { get; init; }

    public required IReadOnlyDictionary<string, string> DropFolders { get; init; }

    public IEnumerable<ServiceProcess> Processes => _processes;

    /// <param name="partners">Per adapter (Housing, Schools, Police): the partner's organisation id and role.</param>
    public static async Task<PartnerAdapters> StartAsync(SystemRig rig, HubServices hub, ITestOutputHelper output, string scratch,
        IReadOnlyDictionary<string, (string OrganisationId, string Role)> partners)
    {
        var systems = new Dictionary<string, SimulatedPartner>();
        var drops = new Dictionary<string, string>();
        foreach (var adapter in partners.Keys)
        {
            systems[adapter] = await SimulatedPartner.StartAsync($"{adapter.ToLowerInvariant()}-system-test-webhook-secret-0123456789");
            drops[adapter] = Directory.CreateDirectory(Path.Combine(scratch, $"drop-{adapter.ToLowerInvariant()}-{Guid.NewGuid():N}")).FullName;
        }
        var adapters = new PartnerAdapters { Systems = systems, DropFolders = drops };
        foreach (var (adapter, (organisationId, role)) in partners)
        {
            var section = $"Hub:{adapter}";
            adapters._processes.Add(ServiceProcess.Start($"Hub.{adapter}", Settings.AsEnvironment(
                await OwnBrokerUserAsync(rig, hub.VirtualHost, $"hub-{adapter.ToLowerInvariant()}"),
                rig.DatabaseSettings(DatabaseKind.Postgres, adapter, scratch),
                [
                    new("Hub:Pseudonymisation:Key", HubServices.PseudonymisationKey),
                    new($"{section}:Partners:0:OrganisationId", organisationId),
                    new($"{section}:Partners:0:Role", role),
                    new($"{section}:Partners:0:DropFolder", drops[adapter]),
                    new($"{section}:Partners:0:WebhookUrl", systems[adapter].WebhookUrl.ToString()),
                    new($"{section}:Partners:0:WebhookSecret", systems[adapter].Secret),
                    new($"{section}:Import:PollInterval", "00:00:00.250"),
                    new($"{section}:Delivery:InitialBackoff", "00:00:00.200"),
                    new($"{section}:Delivery:MaxBackoff", "00:00:02"),
                    new($"{section}:Delivery:BreakDuration", "00:00:02"),
                ]), log: output.WriteLine));
        }
        await Task.WhenAll(adapters._processes.Select(p => p.WaitForHealthyAsync(TimeSpan.FromSeconds(120))));
        return adapters;
    }

    /// <summary>The adapter's user from definitions.json with its permissions on this vhost (users are node-wide, so it may exist already).</summary>
    private static async Task<Dictionary<string, string?>> OwnBrokerUserAsync(SystemRig rig, string vhost, string user)
    {
        var definitions = JsonNode.Parse(await File.ReadAllTextAsync(HubDefinitions.File))!;
        var permission = definitions["permissions"]!.AsArray().Single(p => (string?)p!["user"] == user)!;
        try
        {
            await rig.Broker.RabbitMqCtlAsync("add_user", user, HubDefinitions.PasswordOf(user));
        }
        catch (Exception ex) when (ex.Message.Contains("already exists", StringComparison.OrdinalIgnoreCase))
        {
            await rig.Broker.RabbitMqCtlAsync("change_password", user, HubDefinitions.PasswordOf(user));
        }
        await rig.Broker.RabbitMqCtlAsync("set_permissions", "-p", vhost, user,
            (string)permission["configure"]!, (string)permission["write"]!, (string)permission["read"]!);
        var settings = rig.BrokerSettings(vhost);
        settings["RabbitMq:Username"] = user;
        settings["RabbitMq:Password"] = HubDefinitions.PasswordOf(user);
        return settings;
    }

    /// <summary>Drops an export the way partners should: written beside the folder, then moved in whole.</summary>
    public async Task DropAsync(string adapter, string fileName, string csv)
    {
        var staging = Path.Combine(Path.GetDirectoryName(DropFolders[adapter])!, fileName + ".partial");
        await File.WriteAllTextAsync(staging, csv);
        File.Move(staging, Path.Combine(DropFolders[adapter], fileName));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }
        foreach (var system in Systems.Values)
        {
            await system.DisposeAsync();
        }
    }
}
