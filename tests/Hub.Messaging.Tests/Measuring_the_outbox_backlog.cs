using System.Diagnostics.Metrics;
using Hub.Messaging.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Messaging.Tests;

/// <summary>An outbox that does not drain is what the OutboxStuck alert (infra/prometheus/alerts.yml) looks for.</summary>
public sealed class Measuring_the_outbox_backlog
{
    [Fact]
    public async Task Reports_what_waits_and_how_long_the_oldest_has_waited()
    {
        await using var probe = new ProbeHost();
        await probe.Seed(db =>
        {
            // A row whose type no longer exists cannot be published: it stays, as a stuck outbox would.
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                MessageId = Guid.NewGuid(),
                MessageType = "Hub.Contracts.Gone, Hub.Contracts",
                Body = "{}",
                CreatedAt = DateTime.UtcNow.AddMinutes(-10),
            });
            return Task.CompletedTask;
        });
        await probe.StartAsync();
        using var gauges = new GaugeReader(probe.Services.GetRequiredService<IMeterFactory>(), OutboxMetrics.Meter, OutboxMetrics.OutboxTag);

        await probe.Harness.Bus.Publish(new Tally("goes through"));
        await Eventually.True(() => probe.Harness.Published.Any<TallyRecorded>(), "the live message is published");
        await Eventually.True(() => gauges.Read(OutboxMetrics.Pending, "ProbeDb") == 1, "only the stuck row waits");

        Assert.InRange(gauges.Read(OutboxMetrics.OldestPendingAge, "ProbeDb")!.Value, 590, 700);
    }
}
