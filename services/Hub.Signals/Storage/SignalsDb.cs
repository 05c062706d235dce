using Hub.Messaging.Storage;

namespace Hub.Signals.Storage;

/// <summary>The signals service's own database: signals, deliveries, consents, the disclosure log, cases, plus its inbox and outbox.</summary>
public sealed class SignalsDb(DbContextOptions<SignalsDb> options) : DbContext(options)
{
    public DbSet<RaisedSignal> Signals => Set<RaisedSignal>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<DisclosureEntry> DisclosureLog => Set<DisclosureEntry>();
    public DbSet<MultiProblemCase> Cases => Set<MultiProblemCase>();
    public DbSet<CaseNotification> CaseNotifications => Set<CaseNotification>();
    public DbSet<PseudonymLink> PseudonymLinks => Set<PseudonymLink>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.AddDurableMessaging();
        model.Entity<RaisedSignal>(signal =>
        {
            signal.ToTable("signals");
            signal.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
            signal.HasIndex(s => new { s.SubjectPseudonym, s.ReceivedAt });
            signal.HasIndex(s => new { s.HouseholdPseudonym, s.ReceivedAt });
            signal.HasIndex(s => s.ExpiresAt);
            // The sender's own list, newest first.
            signal.HasIndex(s => new { s.RaisedBy, s.RaisedAt });
        });
        model.Entity<Delivery>(delivery =>
        {
            delivery.ToTable("deliveries");
            delivery.Property(d => d.Details).HasConversion(DetailsColumn.Converter, DetailsColumn.Comparer);
            delivery.HasIndex(d => new { d.RecipientOrganisation, d.AcknowledgedAt });
            delivery.HasIndex(d => d.SignalId);
            delivery.HasIndex(d => d.ExpiresAt);
        });
        model.Entity<Consent>(consent =>
        {
            consent.ToTable("consents");
            consent.HasIndex(c => c.SubjectPseudonym);
        });
        model.Entity<DisclosureEntry>(entry =>
        {
            entry.ToTable("disclosure_log");
            entry.Property(e => e.Decision).HasConversion<string>().HasMaxLength(20);
            entry.HasIndex(e => new { e.SubjectPseudonym, e.DecidedAt });
            // Subject access finds the disclosures that named the resident as a household member too.
            entry.HasIndex(e => new { e.HouseholdPseudonym, e.DecidedAt });
            entry.HasIndex(e => e.SignalId);
            entry.HasIndex(e => e.ExpiresAt);
        });
        model.Entity<MultiProblemCase>(@case =>
        {
            @case.ToTable("multi_problem_cases");
            @case.HasIndex(c => c.MatchKey);
        });
        model.Entity<CaseNotification>(notification =>
        {
            notification.ToTable("case_notifications");
            notification.HasIndex(n => new { n.RecipientOrganisation, n.NotifiedAt });
        });
        model.Entity<PseudonymLink>(link =>
        {
            link.ToTable("pseudonym_links");
            link.HasKey(l => new { l.RecipientOrganisation, l.RecipientPseudonym });
        });
    }
}
