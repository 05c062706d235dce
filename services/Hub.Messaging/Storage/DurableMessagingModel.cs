using Hub.Messaging.Inbox;
using Hub.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Storage;

public static class DurableMessagingModel
{
    /// <summary>Adds the outbox and inbox tables to a service's own model, so they share its transactions.</summary>
    public static ModelBuilder AddDurableMessaging(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).ValueGeneratedOnAdd();
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.HasIndex(m => new { m.SentAt, m.Sequence });
            outbox.Property(m => m.MessageType).HasMaxLength(300);
            outbox.Property(m => m.TraceParent).HasMaxLength(100);
        });
        model.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
            inbox.HasIndex(m => m.ProcessedAt);
        });
        return model;
    }
}
