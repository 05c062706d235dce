using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Tests;

public sealed class Receiving_a_message_twice
{
    [Fact]
    public async Task Applies_its_effect_and_publishes_its_outcome_once()
    {
        await using var probe = new ProbeHost();
        await probe.StartAsync();
        var messageId = NewId.NextGuid();

        await probe.Harness.Bus.Publish(new Tally("twice"), c => c.MessageId = messageId);
        await probe.Harness.Bus.Publish(new Tally("twice"), c => c.MessageId = messageId);

        await Eventually.True(() => probe.Harness.Published.Any<TallyRecorded>(), "the outcome is published");
        // The harness lists messages by id, so wait for the bus to go quiet rather than count deliveries.
        await probe.Harness.InactivityTask;
        await Task.Delay(300);
        Assert.Equal(1, await probe.WithDb(db => db.Effects.CountAsync(e => e.MessageId == messageId)));
        Assert.Single(probe.Harness.Published.Select<TallyRecorded>(m => m.Context.Message.TallyMessageId == messageId));
    }

    [Fact]
    public async Task Applies_distinct_messages_each_once()
    {
        await using var probe = new ProbeHost();
        await probe.StartAsync();

        for (var i = 0; i < 20; i++)
        {
            await probe.Harness.Bus.Publish(new Tally($"distinct-{i}"));
        }

        await Eventually.True(async () => await probe.WithDb(db => db.Effects.CountAsync()) == 20, "all 20 effects are applied");
        await Eventually.True(() => probe.Harness.Published.Select<TallyRecorded>().Count() == 20, "all 20 outcomes are published");
    }
}
