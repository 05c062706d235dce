using System.Net;
using System.Text;
using Hub.Contracts.Matching;
using Hub.Testing;
using Npgsql;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Hub.SystemTests.Reliability;

/// <summary>
/// Two messages job matching can never process sit in front of good ones: an accepted vacancy the consumer fails on
/// every time (a database trigger stands in for a consumer bug) and a VacancyPublished whose body breaks the
/// contract. Each ends in vacancy-published_error after the bounded retries, the vacancies behind them go through,
/// and once the bug is fixed, moving the error queue back processes the accepted vacancy exactly once.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Isolating_a_poison_message(SystemRig rig, ITestOutputHelper output)
{
    private const string Queue = "vacancy-published";
    private const int RetryLimit = 5; // Hub:Messaging:RetryLimit's default
    private const string PoisonTitle = "Poison vacancy";

    [Fact]
    public async Task Ends_in_the_error_queue_after_bounded_retries_without_blocking_and_can_be_retried_once_fixed()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath());
        var employer = hub.ClientFor(SampleVacancies.EmployerKey);
        var errors = new ErrorQueue(rig.Broker, hub.VirtualHost, Queue);
        await ExecuteOnMatchingAsync(hub, """
            create sequence poison_attempts;
            create function reject_poison() returns trigger language plpgsql as $$
            begin
              -- A sequence is not rolled back with the failed transaction, so it counts every attempt.
              if new."Title" = 'Poison vacancy' then perform nextval('poison_attempts'); raise exception 'simulated consumer bug'; end if;
              return new;
            end $$;
            create trigger reject_poison before insert or update on vacancies for each row execute function reject_poison();
            """);

        var poison = await employer.Vacancies.PublishAsync(SampleVacancies.Request(PoisonTitle), "poison-1");
        Assert.Equal(HttpStatusCode.Accepted, employer.LastStatus);
        await PublishBrokenContractAsync(hub.VirtualHost);
        var behind = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            behind.Add((await employer.Vacancies.PublishAsync(SampleVacancies.Request($"Behind the poison {i}"), $"behind-{i}")).VacancyId);
        }

        foreach (var id in behind)
        {
            await Eventually.True(async () => await HubPartner.Found(() => employer.Vacancies.GetAsync(id)) is not null,
                "a vacancy behind the poison reaches job matching", timeoutSeconds: 60);
        }
        await Eventually.True(async () => (await rig.QueueDepthsAsync(hub.VirtualHost)).GetValueOrDefault(errors.Name) == 2,
            "both poison messages end in the error queue", timeoutSeconds: 90);
        // The depth counts unacked messages too: the last good message may be committed but not yet acked.
        await Eventually.True(async () => (await rig.QueueDepthsAsync(hub.VirtualHost))[Queue] == 0, "nothing is left behind the poison");
        var faults = await errors.PeekAsync();
        output.WriteLine(string.Join('\n', faults.Select(f => string.Join(", ", f.Where(h => h.Key.StartsWith("MT-", StringComparison.Ordinal) && h.Key != "MT-Fault-StackTrace")))));
        var bug = Assert.Single(faults, f => f.GetValueOrDefault("MT-Fault-Message", "").Contains("simulated consumer bug", StringComparison.Ordinal));
        Assert.Equal("Hub.JobMatching.Consumers.VacancyPublishedConsumer", bug["MT-Fault-ConsumerType"]);
        Assert.Equal(RetryLimit + 1, await AttemptsOnThePoisonAsync(hub)); // the first try and the bounded retries, then no more
        Assert.Null(await HubPartner.Found(() => employer.Vacancies.GetAsync(poison.VacancyId)));

        // The bug is fixed; the operator moves the error queue back.
        await ExecuteOnMatchingAsync(hub, "drop trigger reject_poison on vacancies;");
        Assert.Equal(2, await errors.MoveBackAsync());

        await Eventually.True(async () => await HubPartner.Found(() => employer.Vacancies.GetAsync(poison.VacancyId)) is not null,
            "the retried vacancy reaches job matching", timeoutSeconds: 60);
        // The broken contract can never be processed: it is back in the error queue, alone.
        await Eventually.True(async () => (await rig.QueueDepthsAsync(hub.VirtualHost)).GetValueOrDefault(errors.Name) == 1,
            "the broken contract returns to the error queue", timeoutSeconds: 60);
        await Eventually.True(async () => (await rig.QueueDepthsAsync(hub.VirtualHost))[Queue] == 0, "the queue is drained");
        var registrations = (await rig.TapOf(hub.VirtualHost).ReadAllAsync())
            .Where(m => m.IsPublished<VacancyRegistered>())
            .Count(m => m.Envelope().Message.GetProperty("vacancyId").GetGuid() == poison.VacancyId);
        Assert.Equal(1, registrations);
    }

    private static async Task<long> AttemptsOnThePoisonAsync(HubServices hub)
    {
        await using var connection = new NpgsqlConnection(hub.ConnectionString("Matching"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select case when is_called then last_value else 0 end from poison_attempts", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteOnMatchingAsync(HubServices hub, string sql)
    {
        await using var connection = new NpgsqlConnection(hub.ConnectionString("Matching"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A VacancyPublished envelope whose ids are not ids: it can never be deserialized.</summary>
    private async Task PublishBrokenContractAsync(string vhost)
    {
        var messageType = $"urn:message:{typeof(VacancyPublished).Namespace}:{nameof(VacancyPublished)}";
        var body = $$$"""{"messageId":"{{{Guid.NewGuid()}}}","messageType":["{{{messageType}}}"],"message":{"vacancyId":"not-a-guid","positions":"many"}}""";
        await using var connection = await VirtualHostConnection.OpenAsync(rig.Broker, vhost);
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", DeliveryMode = DeliveryModes.Persistent, MessageId = Guid.NewGuid().ToString() };
        await channel.BasicPublishAsync($"{typeof(VacancyPublished).Namespace}:{nameof(VacancyPublished)}", "", mandatory: true, properties, Encoding.UTF8.GetBytes(body));
    }
}
