using System.Net;
using Refit;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>An idempotent replay answers the same and publishes once, counted on the broker itself.</summary>
[Collection(SystemCollection.Name)]
public sealed class Replaying_a_post_on_the_broker(SystemRig rig, ITestOutputHelper output)
{
    private const string VacancyPublishedExchange = "Hub.Contracts.Matching:VacancyPublished";

    [Fact]
    public async Task Publishes_one_VacancyPublished_and_refuses_the_key_with_another_body()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath());
        await using var connection = await HubDefinitions.ConnectAsync(rig, hub.VirtualHost, rig.Broker.User, rig.Broker.Password);
        await using var channel = await connection.CreateChannelAsync();
        // Declared the way MassTransit declares it, in case the gateway has not published yet.
        await channel.ExchangeDeclareAsync(VacancyPublishedExchange, ExchangeType.Fanout, durable: true, autoDelete: false);
        var probe = (await channel.QueueDeclareAsync($"probe-{Guid.NewGuid():N}", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(probe, VacancyPublishedExchange, "");
        var employer = hub.ClientFor(SampleVacancies.EmployerKey);
        var key = $"replay-{Guid.NewGuid():N}";
        var request = SampleVacancies.Request("Monteur, twee keer gepost");

        var first = await employer.Vacancies.PublishAsync(request, idempotencyKey: key);
        var firstStatus = employer.LastStatus;
        var replay = await employer.Vacancies.PublishAsync(request, idempotencyKey: key);

        Assert.Equal(HttpStatusCode.Accepted, firstStatus);
        Assert.Equal(firstStatus, employer.LastStatus);
        Assert.Equal(first, replay);
        await AssertOneMessageAsync(channel, hub.VirtualHost, probe, first.VacancyId);

        var reuse = await Assert.ThrowsAnyAsync<ApiException>(() =>
            employer.Vacancies.PublishAsync(request with { Title = "Een andere vacature" }, idempotencyKey: key));
        Assert.Equal(HttpStatusCode.Conflict, reuse.StatusCode);
        await AssertOneMessageAsync(channel, hub.VirtualHost, probe, first.VacancyId);
    }

    /// <summary>
    /// The gateway answers 202 only after the broker confirmed, so each publish is already in the probe;
    /// a short wait still lets a stray late publish show up.
    /// </summary>
    private async Task AssertOneMessageAsync(IChannel channel, string vhost, string probe, Guid vacancyId)
    {
        await Task.Delay(TimeSpan.FromSeconds(1));
        var listed = await rig.Broker.RabbitMqCtlAsync("list_queues", "-p", vhost, "-q", "--no-table-headers", "name", "messages");
        output.WriteLine(listed);
        var declared = await channel.QueueDeclarePassiveAsync(probe);
        Assert.Equal(1u, declared.MessageCount);
        var message = await channel.BasicGetAsync(probe, autoAck: false);
        Assert.NotNull(message);
        Assert.Contains(vacancyId.ToString(), System.Text.Encoding.UTF8.GetString(message.Body.Span), StringComparison.OrdinalIgnoreCase);
        await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true);
    }
}
