using System.Text.Json;
using Hub.Messaging.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Tests;

public sealed class Relaying_the_outbox
{
    [Fact]
    public async Task Publishes_with_the_causing_conversation_and_marks_sent()
    {
        await using var probe = new ProbeHost();
        await probe.StartAsync();
        var messageId = NewId.NextGuid();

        await probe.Harness.Bus.Publish(new Tally("traced"), c => c.MessageId = messageId);

        await Eventually.True(() => probe.Harness.Published.Any<TallyRecorded>());
        var recorded = probe.Harness.Published.Select<TallyRecorded>().Single().Context;
        var cause = probe.Harness.Published.Select<Tally>().Single().Context;
        Assert.Equal(messageId, recorded.InitiatorId);
        Assert.Equal(cause.ConversationId, recorded.ConversationId);
        await Eventually.True(async () => await probe.WithDb(db => db.Set<OutboxMessage>().AllAsync(m => m.SentAt != null)));
    }

    [Fact]
    public async Task Sends_messages_committed_before_a_crash_when_the_service_starts()
    {
        await using var probe = new ProbeHost();
        var leftBehind = NewId.NextGuid();
        await probe.Seed(db =>
        {
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                MessageId = leftBehind,
                MessageType = $"{typeof(TallyRecorded).FullName}, {typeof(TallyRecorded).Assembly.GetName().Name}",
                Body = JsonSerializer.Serialize(new TallyRecorded(Guid.Empty, "left behind"), JsonSerializerOptions.Web),
                CreatedAt = DateTime.UtcNow,
            });
            return Task.CompletedTask;
        });

        await probe.StartAsync();

        await Eventually.True(() => probe.Harness.Published.Any<TallyRecorded>(m => m.Context.MessageId == leftBehind));
        Assert.Equal("left behind", probe.Harness.Published.Select<TallyRecorded>().Single().Context.Message.Label);
        await Eventually.True(async () => await probe.WithDb(db => db.Set<OutboxMessage>().AllAsync(m => m.SentAt != null)));
    }
}
