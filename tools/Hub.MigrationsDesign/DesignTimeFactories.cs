using Hub.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hub.MigrationsDesign;

/// <summary>
/// Builds a context for `dotnet ef` on the provider named by HUB_MIGRATIONS_PROVIDER (Postgres or Sqlite), with the
/// same migrations lookup as the services. No database is opened: adding a migration compares models only.
/// </summary>
public abstract class DesignTimeFactory<TDb> : IDesignTimeDbContextFactory<TDb> where TDb : DbContext
{
    public TDb CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TDb>();
        _ = Environment.GetEnvironmentVariable("HUB_MIGRATIONS_PROVIDER") switch
        {
            "Postgres" => options.UseNpgsql("Host=localhost;Database=design"),
            "Sqlite" => options.UseSqlite("Data Source=design.db"),
            var other => throw new InvalidOperationException($"Set HUB_MIGRATIONS_PROVIDER to Postgres or Sqlite (not '{other}')."),
        };
        return (TDb)Activator.CreateInstance(typeof(TDb), options.UseHubMigrations().Options)!;
    }
}

public sealed class GatewayDbFactory : DesignTimeFactory<Hub.Gateway.Storage.GatewayDb>;

public sealed class MatchingDbFactory : DesignTimeFactory<Hub.JobMatching.Storage.MatchingDb>;

public sealed class SignalsDbFactory : DesignTimeFactory<Hub.Signals.Storage.SignalsDb>;

public sealed class OperationsDbFactory : DesignTimeFactory<Hub.Operations.Storage.OperationsDb>;

public sealed class HousingDbFactory : DesignTimeFactory<Hub.Housing.Storage.HousingDb>;

public sealed class SchoolsDbFactory : DesignTimeFactory<Hub.Schools.Storage.SchoolsDb>;

public sealed class PoliceDbFactory : DesignTimeFactory<Hub.Police.Storage.PoliceDb>;

public sealed class PortalDbFactory : DesignTimeFactory<Hub.Portal.Storage.PortalDb>;

public sealed class MessagingProbeDbFactory : DesignTimeFactory<Hub.Messaging.Tests.ProbeDb>;

public sealed class SystemProbeDbFactory : DesignTimeFactory<Hub.SystemTests.ProbeDb>;
