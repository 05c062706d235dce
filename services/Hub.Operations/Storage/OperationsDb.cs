using Hub.Messaging.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Operations.Storage;

/// <summary>
/// The operations database: the audit trail, its business keys, conversation areas and imported failed messages, and the
/// console's own sessions and operator log.
/// </summary>
public sealed class OperationsDb(DbContextOptions<OperationsDb> options) : DbContext(options)
{
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<BusinessKey> BusinessKeys => Set<BusinessKey>();
    public DbSet<ConversationArea> ConversationAreas => Set<ConversationArea>();
    public DbSet<KeyArea> KeyAreas => Set<KeyArea>();
    public DbSet<FailedMessage> FailedMessages => Set<FailedMessage>();
    public DbSet<OperatorAction> OperatorActions => Set<OperatorAction>();
    public DbSet<ConsoleSession> ConsoleSessions => Set<ConsoleSession>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.AddDurableMessaging();
        // Snake-case column names: AuditWriter inserts with plain SQL for speed, the same on SQLite and PostgreSQL.
        model.Entity<AuditRecord>(record =>
        {
            record.ToTable("audit_records");
            record.Property(r => r.Id).HasColumnName("id");
            record.Property(r => r.MessageId).HasColumnName("message_id");
            record.Property(r => r.MessageType).HasColumnName("message_type").HasMaxLength(200);
            record.Property(r => r.Stage).HasColumnName("stage").HasMaxLength(20);
            record.Property(r => r.Service).HasColumnName("service").HasMaxLength(100);
            record.Property(r => r.Endpoint).HasColumnName("endpoint").HasMaxLength(200);
            record.Property(r => r.Consumer).HasColumnName("consumer").HasMaxLength(300);
            record.Property(r => r.ConversationId).HasColumnName("conversation_id");
            record.Property(r => r.CorrelationId).HasColumnName("correlation_id");
            record.Property(r => r.InitiatorId).HasColumnName("initiator_id");
            record.Property(r => r.TraceId).HasColumnName("trace_id").HasMaxLength(32);
            record.Property(r => r.OccurredAt).HasColumnName("occurred_at");
            record.Property(r => r.SentAt).HasColumnName("sent_at");
            record.Property(r => r.ProcessingMilliseconds).HasColumnName("processing_ms");
            record.Property(r => r.CriticalMilliseconds).HasColumnName("critical_ms");
            record.Property(r => r.ExceptionType).HasColumnName("exception_type").HasMaxLength(300);
            record.Property(r => r.ExceptionMessage).HasColumnName("exception_message").HasMaxLength(600);
            record.Property(r => r.RetryAttempt).HasColumnName("retry_attempt");
            record.Property(r => r.Facts).HasColumnName("facts").HasMaxLength(2000);
            record.Property(r => r.AreaId).HasColumnName("area_id").HasMaxLength(60);
            // One index per search filter, each ending in the time the list is ordered by.
            record.HasIndex(r => r.OccurredAt);
            record.HasIndex(r => new { r.MessageType, r.OccurredAt });
            record.HasIndex(r => new { r.Service, r.OccurredAt });
            record.HasIndex(r => new { r.Stage, r.OccurredAt });
            record.HasIndex(r => new { r.AreaId, r.OccurredAt });
            record.HasIndex(r => r.MessageId);
            record.HasIndex(r => r.ConversationId);
            record.HasIndex(r => r.InitiatorId);
        });
        model.Entity<BusinessKey>(key =>
        {
            key.ToTable("audit_business_keys");
            key.HasKey(k => new { k.Value, k.MessageId });
            key.Property(k => k.Value).HasColumnName("value").HasMaxLength(100);
            key.Property(k => k.MessageId).HasColumnName("message_id");
            key.HasIndex(k => k.MessageId);
        });
        model.Entity<ConversationArea>(area =>
        {
            area.ToTable("audit_conversation_areas");
            area.HasKey(a => a.ConversationId);
            area.Property(a => a.ConversationId).HasColumnName("conversation_id");
            area.Property(a => a.AreaId).HasColumnName("area_id").HasMaxLength(60);
        });
        model.Entity<KeyArea>(area =>
        {
            area.ToTable("audit_key_areas");
            area.HasKey(a => a.Value);
            area.Property(a => a.Value).HasColumnName("value").HasMaxLength(100);
            area.Property(a => a.AreaId).HasColumnName("area_id").HasMaxLength(60);
        });
        model.Entity<FailedMessage>(failed =>
        {
            failed.ToTable("failed_messages");
            failed.HasIndex(f => f.MessageId);
            failed.HasIndex(f => new { f.Status, f.ExceptionType, f.ConsumerType });
            failed.Property(f => f.MessageType).HasMaxLength(200);
            failed.Property(f => f.Queue).HasMaxLength(200);
            failed.Property(f => f.ExceptionType).HasMaxLength(300);
            failed.Property(f => f.ConsumerType).HasMaxLength(300);
            failed.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        });
        model.Entity<OperatorAction>(action =>
        {
            action.ToTable("operator_actions");
            action.Property(a => a.UserName).HasMaxLength(200);
            action.Property(a => a.Action).HasMaxLength(40);
            action.Property(a => a.Target).HasMaxLength(200);
            action.Property(a => a.Outcome).HasMaxLength(40);
            action.Property(a => a.Address).HasMaxLength(64);
            action.Property(a => a.Areas).HasMaxLength(500);
            action.HasIndex(a => a.OccurredAt);
            // The sign-in throttle counts recent failures per user and per address.
            action.HasIndex(a => new { a.UserName, a.OccurredAt });
            action.HasIndex(a => new { a.Address, a.OccurredAt });
            action.HasIndex(a => new { a.Action, a.OccurredAt });
        });
        model.Entity<ConsoleSession>(session =>
        {
            session.ToTable("console_sessions");
            session.Property(s => s.UserName).HasMaxLength(200);
            session.Property(s => s.Source).HasMaxLength(20);
            session.Property(s => s.UserStamp).HasMaxLength(64);
            session.Property(s => s.Address).HasMaxLength(64);
            session.HasIndex(s => s.UserName);
        });
    }
}
