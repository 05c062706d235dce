using System.Diagnostics;
using System.Globalization;
using System.Net;
using Hub.Testing;
using Refit;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// The services on a three-node RabbitMQ cluster (their own, not the rig's node) lose the node they are
/// connected to in the middle of a stream of vacancies. In the system collection so it never runs beside
/// the other multi-process tests; it uses only the rig's PostgreSQL.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Losing_a_cluster_node(SystemRig rig, ITestOutputHelper output)
{
    private const int Vacancies = 40;
    private const int StopAfter = 15;

    [Fact]
    public async Task Loses_no_accepted_vacancy_and_the_services_carry_on()
    {
        await using var cluster = await RabbitMqCluster.StartAsync();
        var scratch = Path.GetTempPath();
        var broker = BrokerSettings(cluster);
        await using var matching = ServiceProcess.Start("Hub.JobMatching",
            Settings.AsEnvironment(broker, rig.DatabaseSettings(DatabaseKind.Postgres, "Matching", scratch)), log: output.WriteLine);
        await using var gateway = ServiceProcess.Start("Hub.Gateway",
            Settings.AsEnvironment(broker, rig.DatabaseSettings(DatabaseKind.Postgres, "Gateway", scratch),
                [new("Hub:PartnersFile", Path.Combine(RepositoryPaths.RepoRoot, "seeds", "partners.json")), new("Hub:ApiKeys:HashKey", DemoSeeds.ApiKeyHashKey),
                 new("Hub:Pseudonymisation:Key", HubServices.PseudonymisationKey),
                 new("Hub:Gateway:PublishTimeout", "00:00:03")]), log: output.WriteLine);
        await Task.WhenAll(matching.WaitForHealthyAsync(TimeSpan.FromSeconds(120)), gateway.WaitForHealthyAsync(TimeSpan.FromSeconds(120)));
        await using var employer = HubPartner.Connect(gateway.BaseAddress, SampleVacancies.EmployerKey);

        // The queues were declared on the whole cluster, so each has a replica on every node.
        var queues = await cluster.Nodes[0].RabbitMqCtlAsync("-q", "list_queues", "--no-table-headers", "name", "type", "members");
        output.WriteLine(queues);
        Assert.Contains(queues.Split('\n'), line => line.StartsWith("vacancy-published\tquorum", StringComparison.Ordinal)
            && cluster.Nodes.All(n => line.Contains(n.NodeName, StringComparison.Ordinal)));

        var accepted = new List<Guid>();
        var refusals = 0;
        Task? stopping = null;
        var victim = -1;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Vacancies; i++)
        {
            if (i == StopAfter)
            {
                victim = await BusiestNodeAsync(cluster);
                output.WriteLine($"{clock.Elapsed}: stopping node {victim} ({cluster.Nodes[victim].NodeName}), which holds the services' connections");
                stopping = cluster.StopNodeAsync(victim); // meanwhile the stream goes on
            }

            var (id, refused) = await PublishUntilAcceptedAsync(employer, i);
            accepted.Add(id);
            refusals += refused;
        }
        await stopping!;
        output.WriteLine($"{clock.Elapsed}: {accepted.Count} accepted, {refusals} refused (503 or no answer) and retried");

        Assert.Equal(Vacancies, accepted.Distinct().Count());
        var running = await RabbitMqCluster.RunningNodesAsync(cluster.Nodes[(victim + 1) % RabbitMqCluster.Size]);
        Assert.DoesNotContain(cluster.Nodes[victim].NodeName, running);
        Assert.Equal(RabbitMqCluster.Size - 1, running.Count);

        // No accepted vacancy lost: every 202 reaches job matching and reads back through the gateway.
        var missing = accepted.ToHashSet();
        await Eventually.True(async () =>
        {
            foreach (var id in missing.ToList())
            {
                if (await HubPartner.Found(() => employer.Vacancies.GetAsync(id)) is not null)
                {
                    missing.Remove(id);
                }
            }
            return missing.Count == 0;
        }, $"every accepted vacancy is readable (still missing: {missing.Count})", timeoutSeconds: 90);
        output.WriteLine($"{clock.Elapsed}: all {accepted.Count} accepted vacancies read back; lost: {missing.Count}");

        // The services carry on, on the two remaining nodes.
        Assert.False(gateway.HasExited);
        Assert.False(matching.HasExited);
        await Task.WhenAll(matching.WaitForHealthyAsync(TimeSpan.FromSeconds(30)), gateway.WaitForHealthyAsync(TimeSpan.FromSeconds(30)));
        var connectionsAfter = await cluster.ConnectionsPerNodeAsync((victim + 1) % RabbitMqCluster.Size);
        output.WriteLine($"connections per node after the failover: {string.Join(", ", connectionsAfter)}");
        Assert.Equal(0, connectionsAfter[victim]);
        Assert.True(connectionsAfter.Sum() > 0, "the services reconnected to the remaining nodes");
        var after = await employer.Vacancies.PublishAsync(SampleVacancies.Request("After losing a node"), "cluster-after");
        Assert.Equal(HttpStatusCode.Accepted, employer.LastStatus);
        await Eventually.True(async () => await HubPartner.Found(() => employer.Vacancies.GetAsync(after.VacancyId)) is not null,
            "a vacancy accepted after the failover reaches job matching", timeoutSeconds: 60);
    }

    private static Dictionary<string, string?> BrokerSettings(RabbitMqCluster cluster)
    {
        var first = cluster.Nodes[0];
        var settings = new Dictionary<string, string?>
        {
            ["Hub:Messaging:Transport"] = "RabbitMq",
            ["RabbitMq:Host"] = first.Host,
            ["RabbitMq:Port"] = first.Port.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = first.VirtualHost,
            ["RabbitMq:Username"] = first.User,
            ["RabbitMq:Password"] = first.Password,
            ["Hub:Outbox:RelayPollInterval"] = "00:00:00.250",
        };
        for (var i = 0; i < cluster.ClusterNodes.Count; i++)
        {
            settings[$"RabbitMq:ClusterNodes:{i}"] = cluster.ClusterNodes[i];
        }
        return settings;
    }

    /// <summary>The node serving most of the services' AMQP connections.</summary>
    private async Task<int> BusiestNodeAsync(RabbitMqCluster cluster)
    {
        var connections = await cluster.ConnectionsPerNodeAsync();
        output.WriteLine($"connections per node: {string.Join(", ", connections)}");
        return Enumerable.Range(0, RabbitMqCluster.Size).MaxBy(i => connections[i]);
    }

    /// <summary>
    /// Posts one vacancy, again and again while the gateway refuses it (503 while failing over, or no answer);
    /// the idempotency key makes a retried post the same vacancy. Returns its id and the number of refusals.
    /// </summary>
    private async Task<(Guid Id, int Refusals)> PublishUntilAcceptedAsync(HubPartner employer, int i)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        for (var refusals = 0; ; refusals++)
        {
            try
            {
                var receipt = await employer.Vacancies.PublishAsync(SampleVacancies.Request($"Cluster vacancy {i}"), $"cluster-node-loss-{i}");
                Assert.Equal(HttpStatusCode.Accepted, employer.LastStatus);
                return (receipt.VacancyId, refusals);
            }
            catch (Exception e) when (e is ApiException { StatusCode: HttpStatusCode.ServiceUnavailable } or not ApiException && DateTime.UtcNow < deadline)
            {
                output.WriteLine($"vacancy {i}: refused ({(e as ApiException)?.StatusCode.ToString() ?? e.GetType().Name}); retrying");
                await Task.Delay(250);
            }
        }
    }
}
