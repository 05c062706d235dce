using Hub.Messaging.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.PartnerIntegration.Storage;

/// <summary>
/// What every adapter keeps in its own database: the imports (progress, exactly-once) and the webhook
/// deliveries (durable state, order per partner), beside its inbox and outbox. Each service derives its own
/// context (HousingDb, ...) so each owns its database.
/// </summary>
public abstract class PartnerAdapterDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<ImportRecord> Imports => Set<ImportRecord>();
    public DbSet<OutgoingDelivery> Deliveries => Set<OutgoingDelivery>();
    public DbSet<RegisteredSubject> Subjects => Set<RegisteredSubject>();
    public DbSet<ImportedCommand> ImportedCommands => Set<ImportedCommand>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.AddDurableMessaging();
        model.Entity<ImportRecord>(import =>
        {
            import.ToTable("imports");
            import.HasKey(i => i.Id);
            // One export content per partner is imported once, whatever it is called or how often it arrives.
            import.HasIndex(i => new { i.PartnerId, i.ContentHash }).IsUnique();
            import.HasIndex(i => new { i.PartnerId, i.Source });
            import.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            import.Property(i => i.PartnerId).HasMaxLength(40);
            import.Property(i => i.ContentHash).HasMaxLength(64);
        });
        model.Entity<RegisteredSubject>(subject =>
        {
            subject.ToTable("registered_subjects");
            subject.HasKey(r => new { r.SubjectPseudonym, r.PartnerId });
            subject.Property(r => r.PartnerId).HasMaxLength(40);
            subject.Property(r => r.SubjectPseudonym).HasMaxLength(40);
            subject.Property(r => r.PartnerReference).HasMaxLength(60);
        });
        model.Entity<ImportedCommand>(command =>
        {
            command.ToTable("imported_commands");
            command.HasKey(c => c.CommandId);
            command.HasIndex(c => c.ImportedAt);
            command.Property(c => c.PartnerId).HasMaxLength(40);
            command.Property(c => c.Kind).HasMaxLength(60);
        });
        model.Entity<OutgoingDelivery>(delivery =>
        {
            delivery.ToTable("webhook_deliveries");
            // The sequence is the per-partner order: commit order of what the Hub routed.
            delivery.HasKey(d => d.Sequence);
            delivery.Property(d => d.Sequence).ValueGeneratedOnAdd();
            delivery.HasIndex(d => d.DeliveryId).IsUnique();
            delivery.HasIndex(d => new { d.PartnerId, d.Status, d.Sequence });
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            delivery.Property(d => d.PartnerId).HasMaxLength(40);
            delivery.Property(d => d.EventType).HasMaxLength(60);
        });
    }
}
