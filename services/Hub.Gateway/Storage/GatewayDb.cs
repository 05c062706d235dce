using Hub.Gateway.Commands;
using Hub.Gateway.Idempotency;
using Hub.Messaging.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Gateway.Storage;

/// <summary>The gateway's own small database: remembered answers for Idempotency-Key replays, and partners' commands with what became of them.</summary>
public sealed class GatewayDb(DbContextOptions<GatewayDb> options) : DbContext(options)
{
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<CommandRecord> Commands => Set<CommandRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        // AddDurableDbContext also runs an outbox relay that polls these tables; the gateway itself publishes with confirms.
        model.AddDurableMessaging();
        model.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_records");
            record.HasKey(r => new { r.PartnerId, r.Key });
            record.Property(r => r.PartnerId).HasMaxLength(20);
            record.Property(r => r.Key).HasMaxLength(IdempotencyKey.MaxLength);
            record.Property(r => r.RequestHash).HasMaxLength(64);
            record.Property(r => r.ContentType).HasMaxLength(200);
            record.Property(r => r.Location).HasMaxLength(500);
            record.HasIndex(r => r.CreatedAt);
        });
        model.Entity<CommandRecord>(command =>
        {
            command.ToTable("commands");
            command.Property(c => c.PartnerId).HasMaxLength(20);
            command.Property(c => c.Kind).HasMaxLength(60);
            command.Property(c => c.Status).HasMaxLength(20);
            command.Property(c => c.Reason).HasMaxLength(40);
            command.Property(c => c.Detail).HasMaxLength(500);
            command.Property(c => c.DecidedBy).HasMaxLength(100);
            command.HasIndex(c => c.AcceptedAt);
        });
    }
}
