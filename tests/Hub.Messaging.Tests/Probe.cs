using Hub.Messaging.Inbox;
using Hub.Messaging.Outbox;
using Hub.Messaging.Storage;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Tests;

public sealed record Tally(string Label);

public sealed record TallyRecorded(Guid TallyMessageId, string Label);

/// <summary>One row per applied message: the business effect the tests count.</summary>
public sealed class TallyEffect
{
    public int Id { get; set; }
    public Guid MessageId { get; set; }
    public required string Label { get; set; }
}

public sealed class ProbeDb(DbContextOptions<ProbeDb> options) : DbContext(options)
{
    public DbSet<TallyEffect> Effects => Set<TallyEffect>();

    protected override void OnModelCreating(ModelBuilder model) => model.AddDurableMessaging();
}

/// <summary>A thin consumer like the services' own: effect and announcement through inbox and outbox.</summary>
public sealed class TallyConsumer(Inbox<ProbeDb> inbox, ProbeDb db, Outbox<ProbeDb> outbox) : IConsumer<Tally>
{
    public Task Consume(ConsumeContext<Tally> context) => inbox.ProcessOnce(context, _ =>
    {
        db.Effects.Add(new TallyEffect { MessageId = context.MessageId!.Value, Label = context.Message.Label });
        outbox.Publish(new TallyRecorded(context.MessageId!.Value, context.Message.Label));
        if (context.Message.Label == "fail")
        {
            throw new InvalidOperationException("Deliberate failure after writing the effect");
        }
        return Task.CompletedTask;
    });
}
