using Hub.Messaging.Storage;

namespace Hub.JobMatching.Storage;

/// <summary>Job matching's own database: vacancies, job seekers, proposals, plus its inbox and outbox.</summary>
public sealed class MatchingDb(DbContextOptions<MatchingDb> options) : DbContext(options)
{
    public DbSet<Vacancy> Vacancies => Set<Vacancy>();
    public DbSet<JobSeeker> JobSeekers => Set<JobSeeker>();
    public DbSet<Proposal> Proposals => Set<Proposal>();

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
            vacancy.Property(v => v.FocusAreaId).HasMaxLength(60);
            vacancy.HasIndex(v => v.IndexVersion);
        });
        model.Entity<JobSeeker>(seeker =>
        {
            seeker.ToTable("job_seekers");
            seeker.HasKey(s => s.SubjectPseudonym);
            seeker.Property(s => s.SubjectPseudonym).HasMaxLength(100);
            seeker.Property(s => s.JobAgencyId).HasMaxLength(20);
            seeker.Property(s => s.Postcode).HasMaxLength(6);
            seeker.Property(s => s.FocusAreaId).HasMaxLength(60);
            seeker.Property(s => s.Benefit).HasConversion<string>().HasMaxLength(20);
            seeker.HasIndex(s => s.IndexVersion);
            // A job agency's or school's own list, newest first.
            seeker.HasIndex(s => new { s.JobAgencyId, s.RegisteredAt });
        });
        model.Entity<Proposal>(proposal =>
        {
            proposal.ToTable("proposals");
            proposal.HasIndex(p => new { p.VacancyId, p.SubjectPseudonym }).IsUnique();
            proposal.HasIndex(p => new { p.SubjectPseudonym, p.Status });
            proposal.Property(p => p.EmployerId).HasMaxLength(20);
            proposal.Property(p => p.SubjectPseudonym).HasMaxLength(100);
            proposal.Property(p => p.FocusAreaId).HasMaxLength(60);
            proposal.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            proposal.Ignore(p => p.IsOpen);
        });
    }
}
