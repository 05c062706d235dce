using Hub.Messaging.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.JobMatching.Storage;

/// <summary>Job matching's own database: vacancies, job seekers, proposals, plus its inbox and outbox.</summary>
public sealed class MatchingDb(DbContextOptions<MatchingDb> options) : DbContext(options)
{
    public DbSet<Vacancy> Vacancies => Set<Vacancy>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.AddDurableMessaging();
        model.Entity<Vacancy>(vacancy =>
        {
            vacancy.ToTable("vacancies");
            vacancy.Property(v => v.EmployerId).HasMaxLength(20);
            vacancy.Property(v => v.Title).HasMaxLength(200);
            vacancy.Property(v => v.OccupationCode).HasMaxLength(6);
            vacancy.Property(v => v.Postcode).HasMaxLength(6);
            vacancy.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            vacancy.HasIndex(v => v.EmployerId);
        });
    }
}
