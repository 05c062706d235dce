using Hub.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Tests;

public sealed class Failing_in_a_consumer
{
    [Fact]
    public async Task Commits_neither_the_effect_nor_the_outgoing_messages()
    {
        await using var probe = new ProbeHost();
        await probe.StartAsync();

        await probe.Harness.Bus.Publish(new Tally("fail"));

        await Eventually.True(() => probe.Harness.Consumed.Select<Tally>(m => m.Exception is not null).Any(), "the consumer fails");
        await probe.Harness.InactivityTask;
        Assert.Equal(0, await probe.WithDb(db => db.Effects.CountAsync()));
        Assert.Equal(0, await probe.WithDb(db => db.Set<OutboxMessage>().CountAsync()));
        Assert.False(await probe.Harness.Published.Any<TallyRecorded>());
    }
}
