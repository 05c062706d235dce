using System.Collections.Concurrent;
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
        var measured = new ConcurrentDictionary<string, (long Value, string? Outbox)>();
        using var listener = new MeterListener();
        var meters = probe.Services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == OutboxMetrics.Meter && ReferenceEquals(instrument.Meter.Scope, meters))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measured[instrument.Name] = (value, tags.ToArray().Single(t => t.Key == OutboxMetrics.OutboxTag).Value as string));
        listener.Start();

        await probe.Harness.Bus.Publish(new Tally("goes through"));
        await Eventually.True(() => probe.Harness.Published.Any<TallyRecorded>(), "the live message is published");
        await Eventually.True(() =>
        {
            listener.RecordObservableInstruments();
            return measured.TryGetValue(OutboxMetrics.Pending, out var pending) && pending.Value == 1;
        }, "only the stuck row waits");

        Assert.Equal("ProbeDb", measured[OutboxMetrics.Pending].Outbox);
        Assert.InRange(measured[OutboxMetrics.OldestPendingAge].Value, 590, 700);
    }
}
