using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Storage;

public static class MigrateCommand
{
    public const string Name = "migrate";

    /// <summary>
    /// Runs the service, or with the argument <c>migrate</c> only brings its databases to this build's schema and exits
    /// (0 when done), so an operator can upgrade the schema before starting the new build (docs/operations.md).
    /// </summary>
    public static int RunOrMigrate(this IHost host, string[] args)
    {
        if (!args.Contains(Name, StringComparer.Ordinal))
        {
            host.Run();
            return 0;
        }
        // Disposing the host flushes its loggers.
        using (host)
        {
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateCommand));
            foreach (var migrator in host.Services.GetServices<IDatabaseMigrator>())
            {
                try
                {
                    migrator.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
                }
                catch (Exception ex)
                {
                    logger.LogCritical(ex, "Migrating the {Database} database failed", migrator.Database);
                    return 1;
                }
            }
            logger.LogInformation("Every database of this service is at this build's schema");
            return 0;
        }
    }
}
