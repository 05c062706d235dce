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

        await Eventually.True(() => probe.Harness.Published.Any<TallyRecorded>(), "the outcome is published");
        var recorded = probe.Harness.Published.Select<TallyRecorded>().Single().Context;
        var cause = probe.Harness.Published.Select<Tally>().Single().Context;
        Assert.Equal(messageId, recorded.InitiatorId);
        Assert.Equal(cause.ConversationId, recorded.ConversationId);
        await Eventually.True(async () => await probe.WithDb(db => db.Set<OutboxMessage>().AllAsync(m => m.SentAt != null)), "the outbox is marked sent");
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

        await Eventually.True(() => probe.Harness.Published.Any<TallyRecorded>(m => m.Context.MessageId == leftBehind), "the left-behind message is published");
        Assert.Equal("left behind", probe.Harness.Published.Select<TallyRecorded>().Single().Context.Message.Label);
        await Eventually.True(async () => await probe.WithDb(db => db.Set<OutboxMessage>().AllAsync(m => m.SentAt != null)), "the outbox is marked sent");
    }

    [Fact]
    public async Task Deletes_sent_messages_and_inbox_records_once_their_retention_ends()
    {
        await using var probe = new ProbeHost(new Dictionary<string, string?>
        {
            ["Hub:Outbox:SentMessageRetention"] = "00:00:00",
            ["Hub:Outbox:InboxRetention"] = "00:00:00",
            ["Hub:Outbox:CleanupInterval"] = "00:00:00.200",
        });
        await probe.StartAsync();

        await probe.Harness.Bus.Publish(new Tally("short-lived"));

        await Eventually.True(() => probe.Harness.Published.Any<TallyRecorded>(), "the outcome is published");
        await Eventually.True(async () => await probe.WithDb(async db =>
                !await db.Set<OutboxMessage>().AnyAsync() && !await db.Set<Hub.Messaging.Inbox.InboxMessage>().AnyAsync()),
            "the sent message and the inbox record are cleaned up");
        Assert.Equal(1, await probe.WithDb(db => db.Effects.CountAsync()));
    }
}
