using System.Text.Json;
using Hub.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Tests;

/// <summary>Two instances of one service on one PostgreSQL database: their relays claim rows, so each message goes out once.</summary>
public sealed class Sharing_an_outbox_between_instances : IAsyncLifetime
{
    private const int Messages = 2_000;
    private PostgresServer _postgres = null!;

    public async Task InitializeAsync() => _postgres = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await _postgres.DisposeAsync();

    [Fact]
    public async Task Publishes_each_row_from_exactly_one_relay()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Probe"] = _postgres.ConnectionString("shared_outbox"),
            // Small batches make the two relays interleave many times over the rows.
            ["Hub:Outbox:RelayBatchSize"] = "10",
        };
        await using var first = new ProbeHost(settings);
        await using var second = new ProbeHost(settings);
        var ids = Enumerable.Range(0, Messages).Select(_ => NewId.NextGuid()).ToList();
        await first.Seed(db =>
        {
            db.Set<OutboxMessage>().AddRange(ids.Select(id => new OutboxMessage
            {
                MessageId = id,
                MessageType = $"{typeof(TallyRecorded).FullName}, {typeof(TallyRecorded).Assembly.GetName().Name}",
                Body = JsonSerializer.Serialize(new TallyRecorded(id, "shared"), JsonSerializerOptions.Web),
                CreatedAt = DateTime.UtcNow,
            }));
            return Task.CompletedTask;
        });

        await Task.WhenAll(first.StartAsync(), second.StartAsync());

        await Eventually.True(async () => await first.WithDb(db => db.Set<OutboxMessage>().AllAsync(m => m.SentAt != null)), "every row is marked sent", timeoutSeconds: 90);
        var byFirst = PublishedIds(first);
        var bySecond = PublishedIds(second);
        Assert.Equal(ids.Order(), byFirst.Concat(bySecond).Order());
    }

    private static List<Guid> PublishedIds(ProbeHost host) =>
        [.. host.Harness.Published.Select<TallyRecorded>().Select(m => m.Context.MessageId!.Value)];
}
