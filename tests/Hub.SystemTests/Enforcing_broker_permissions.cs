using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Client.Models;
using Hub.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// infra/rabbitmq/definitions.json loaded into the real node: every service runs under its own user,
/// and those users reach only their own exchanges and queues.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Enforcing_broker_permissions(SystemRig rig, ITestOutputHelper output)
{
    private const int AccessRefused = 403;

    [Fact]
    public async Task Gateway_and_job_matching_carry_a_vacancy_end_to_end_under_their_own_users()
    {
        var vhost = await HubDefinitions.ImportAsync(rig);
        var scratch = Path.GetTempPath();
        await using var matching = ServiceProcess.Start("Hub.JobMatching",
            Settings.AsEnvironment(HubDefinitions.BrokerSettings(rig, vhost, "hub-job-matching"), rig.DatabaseSettings(DatabaseKind.Postgres, "Matching", scratch)),
            log: output.WriteLine);
        await using var gateway = ServiceProcess.Start("Hub.Gateway",
            Settings.AsEnvironment(HubDefinitions.BrokerSettings(rig, vhost, "hub-gateway"), rig.DatabaseSettings(DatabaseKind.Postgres, "Gateway", scratch),
                [new("Hub:PartnersFile", Path.Combine(RepositoryPaths.RepoRoot, "seeds", "partners.json")), new("Hub:ApiKeys:HashKey", DemoSeeds.ApiKeyHashKey), new("Hub:Pseudonymisation:Key", HubServices.PseudonymisationKey)]),
            log: output.WriteLine);
        await Task.WhenAll(matching.WaitForHealthyAsync(TimeSpan.FromSeconds(120)), gateway.WaitForHealthyAsync(TimeSpan.FromSeconds(120)));
        await using var employer = HubPartner.Connect(gateway.BaseAddress, SampleVacancies.EmployerKey);

        var receipt = await employer.Vacancies.PublishAsync(SampleVacancies.Request("Monteur met eigen broker-gebruiker"));

        Assert.Equal(HttpStatusCode.Accepted, employer.LastStatus);
        VacancyDetails? vacancy = null;
        await Eventually.True(async () => (vacancy = await HubPartner.Found(() => employer.Vacancies.GetAsync(receipt.VacancyId))) is not null,
            "the vacancy is readable through the gateway (request/response over the gateway's own bus endpoint)");
        Assert.Equal("Monteur met eigen broker-gebruiker", vacancy!.Title);
        Assert.Contains((await employer.Vacancies.ListAsync()).Vacancies, v => v.VacancyId == receipt.VacancyId);

        // The services really ran under their own users, not under an administrator.
        var connections = await rig.Broker.RabbitMqCtlAsync("list_connections", "-q", "--no-table-headers", "user", "vhost");
        output.WriteLine(connections);
        Assert.Contains($"hub-gateway\t{vhost}", connections, StringComparison.Ordinal);
        Assert.Contains($"hub-job-matching\t{vhost}", connections, StringComparison.Ordinal);
        var queues = await rig.Broker.RabbitMqCtlAsync("list_queues", "-p", vhost, "-q", "--no-table-headers", "name", "policy");
        output.WriteLine(queues);
        Assert.Contains("vacancy-published\thub-service-queues", queues, StringComparison.Ordinal);
        Assert.Contains("hub-gateway_bus_", queues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Police_credentials_reach_only_police_queues()
    {
        var vhost = await HubDefinitions.ImportAsync(rig);
        // What job matching, the gateway and the housing adapter would have declared.
        await using (var guest = await HubDefinitions.ConnectAsync(rig, vhost, rig.Broker.User, rig.Broker.Password))
        await using (var setup = await guest.CreateChannelAsync())
        {
            await setup.ExchangeDeclareAsync("Hub.Contracts.Matching:VacancyPublished", ExchangeType.Fanout, durable: true);
            await setup.QueueDeclareAsync("vacancy-published", durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" });
            await setup.QueueBindAsync("vacancy-published", "Hub.Contracts.Matching:VacancyPublished", "");
            await setup.QueueDeclareAsync("housing-deliveries", durable: true, exclusive: false, autoDelete: false);
        }
        await using var police = await HubDefinitions.ConnectAsync(rig, vhost, "hub-police", HubDefinitions.PasswordOf("hub-police"));

        await AssertRefused(police, channel => channel.BasicGetAsync("vacancy-published", autoAck: false), "read job matching's queue");
        await AssertRefused(police, channel => channel.BasicConsumeAsync("vacancy-published", autoAck: false, new AsyncEventingBasicConsumer(channel)), "consume job matching's queue");
        await AssertRefused(police, channel => channel.BasicGetAsync("housing-deliveries", autoAck: false), "read a housing queue");
        await AssertRefused(police, channel => channel.BasicGetAsync("hub-dead-letters", autoAck: false), "read the dead letters");
        await AssertRefused(police, channel => channel.QueueBindAsync("police-vacancies", "Hub.Contracts.Matching:VacancyPublished", ""), "tap the gateway's exchange");
        await AssertRefused(police, channel => channel.QueueDeclareAsync("vacancies-copy", durable: false, exclusive: false, autoDelete: true), "declare a queue without the police prefix");
        await AssertRefused(police, async channel =>
        {
            var body = Encoding.UTF8.GetBytes("""{"message":{"vacancyId":"00000000-0000-0000-0000-000000000001"}}""");
            await channel.BasicPublishAsync("Hub.Contracts.Matching:VacancyPublished", "", mandatory: false, new BasicProperties { Persistent = true }, body);
        }, "publish as the gateway", confirms: true);

        // The refusals are permissions, not a failed login: the same user works on its own names.
        await using var own = await police.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var queue = $"police-inbox-{Guid.NewGuid():N}";
        await own.ExchangeDeclareAsync("police-inbox", ExchangeType.Fanout, durable: false, autoDelete: true);
        await own.QueueDeclareAsync(queue, durable: false, exclusive: false, autoDelete: true);
        await own.QueueBindAsync(queue, "police-inbox", "");
        await own.BasicPublishAsync("police-inbox", "", mandatory: true, new BasicProperties(), Encoding.UTF8.GetBytes("own message"));
        var got = await own.BasicGetAsync(queue, autoAck: true);
        Assert.NotNull(got);
        Assert.Equal("own message", Encoding.UTF8.GetString(got.Body.Span));
    }

    /// <summary>The broker closes the channel with ACCESS_REFUSED (403); a new channel per attempt keeps the connection usable.</summary>
    private async Task AssertRefused(IConnection connection, Func<IChannel, Task> attempt, string what, bool confirms = false)
    {
        await using var channel = await connection.CreateChannelAsync(confirms ? new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true) : null);
        var failure = await Record.ExceptionAsync(() => attempt(channel));
        if (failure is null)
        {
            // A refused publish may close the channel just after BasicPublish returned.
            await Eventually.True(() => Task.FromResult(channel.IsClosed), $"the broker closes the channel after police tried to {what}", timeoutSeconds: 10);
        }
        var reason = channel.CloseReason ?? (failure as OperationInterruptedException)?.ShutdownReason;
        output.WriteLine($"police tried to {what}: {failure?.GetType().Name} {reason?.ReplyCode} {reason?.ReplyText}");
        Assert.True(reason is not null, $"police could {what}");
        Assert.Equal(AccessRefused, reason.ReplyCode);
        Assert.Contains("ACCESS_REFUSED", reason.ReplyText, StringComparison.Ordinal);
    }
}

/// <summary>infra/rabbitmq/definitions.json, imported with rabbitmqctl into a fresh vhost of the rig's node.</summary>
internal static class HubDefinitions
{
    public static string File => Path.Combine(RepositoryPaths.RepoRoot, "infra", "rabbitmq", "definitions.json");

    /// <summary>Test-only passwords, set the way infra/rabbitmq/set-passwords.sh does.</summary>
    public static string PasswordOf(string user) => $"test-{user}-secret";

    /// <summary>Imports the definitions with the vhost "hub" renamed to a fresh one; returns its name.</summary>
    public static async Task<string> ImportAsync(SystemRig rig)
    {
        var vhost = UniqueName.Of("hub-");
        var definitions = JsonNode.Parse(await System.IO.File.ReadAllTextAsync(File))!.AsObject();
        foreach (var entry in definitions["vhosts"]!.AsArray())
        {
            Assert.Equal("hub", (string?)entry!["name"]);
            entry["name"] = vhost;
        }
        foreach (var section in new[] { "permissions", "topic_permissions", "parameters", "policies", "queues", "exchanges", "bindings" })
        {
            foreach (var entry in definitions[section]?.AsArray() ?? [])
            {
                Assert.Equal("hub", (string?)entry!["vhost"]);
                entry["vhost"] = vhost;
            }
        }
        var path = Path.Combine(Path.GetTempPath(), $"hub-definitions-{vhost}.json");
        await System.IO.File.WriteAllTextAsync(path, definitions.ToJsonString());
        try
        {
            await rig.Broker.RabbitMqCtlAsync("import_definitions", path);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
        // The rig's own user inspects and prepares; the services use theirs.
        await rig.Broker.RabbitMqCtlAsync("set_permissions", "-p", vhost, rig.Broker.User, ".*", ".*", ".*");
        foreach (var user in definitions["users"]!.AsArray().Select(u => (string)u!["name"]!))
        {
            await rig.Broker.RabbitMqCtlAsync("change_password", user, PasswordOf(user));
        }
        return vhost;
    }

    public static Dictionary<string, string?> BrokerSettings(SystemRig rig, string vhost, string user)
    {
        var settings = rig.BrokerSettings(vhost);
        settings["RabbitMq:Username"] = user;
        settings["RabbitMq:Password"] = PasswordOf(user);
        return settings;
    }

    public static Task<IConnection> ConnectAsync(SystemRig rig, string vhost, string user, string password) => new ConnectionFactory
    {
        HostName = rig.Broker.Host,
        Port = rig.Broker.Port,
        VirtualHost = vhost,
        UserName = user,
        Password = password,
        ClientProvidedName = $"system-test {user}",
    }.CreateConnectionAsync();
}
