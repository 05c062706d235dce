using Microsoft.EntityFrameworkCore;

namespace Hub.Portal.Storage;

/// <summary>The portal's own data: its users (each of one partner organisation) and the log of what they did.</summary>
public sealed class PortalDb(DbContextOptions<PortalDb> options) : DbContext(options)
{
    public DbSet<PortalUser> Users => Set<PortalUser>();
    public DbSet<PortalAction> Actions => Set<PortalAction>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<PortalUser>(user =>
        {
            user.ToTable("users");
            user.HasKey(u => u.Id);
            user.Property(u => u.Email).HasMaxLength(254);
            user.HasIndex(u => u.Email).IsUnique();
            user.Property(u => u.Name).HasMaxLength(200);
            user.Property(u => u.OrganisationId).HasMaxLength(20);
            user.HasIndex(u => u.OrganisationId);
            user.Property(u => u.InvitationHash).HasMaxLength(64);
            user.HasIndex(u => u.InvitationHash);
            user.Property(u => u.InvitedBy).HasMaxLength(254);
        });
        model.Entity<PortalAction>(action =>
        {
            action.ToTable("actions");
            action.HasKey(a => a.Id);
            action.Property(a => a.Id).ValueGeneratedOnAdd();
            action.Property(a => a.OrganisationId).HasMaxLength(20);
            action.Property(a => a.UserEmail).HasMaxLength(254);
            action.Property(a => a.Action).HasMaxLength(64);
            action.Property(a => a.Target).HasMaxLength(200);
            action.Property(a => a.Outcome).HasMaxLength(64);
            action.HasIndex(a => new { a.OrganisationId, a.At });
        });
    }
}
