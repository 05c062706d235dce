using Hub.Messaging.Commands;
using Hub.Messaging.Inbox;
using Hub.Messaging.Outbox;
using Hub.Messaging.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Hub.Messaging;

public static class DurableMessagingExtensions
{
    /// <summary>
    /// Registers a service's database (<see cref="AddServiceDatabase{TDb}"/>) and the inbox, outbox and relay that share it.
    /// The connection string is <c>ConnectionStrings:{name}</c>; SQLite falls back to a file in the data directory.
    /// </summary>
    public static IHostApplicationBuilder AddDurableDbContext<TDb>(this IHostApplicationBuilder builder, string name)
        where TDb : DbContext
    {
        builder.AddServiceDatabase<TDb>(name);
        var services = builder.Services;
        services.AddOptions<DurableMessagingOptions>().BindConfiguration(DurableMessagingOptions.Section);
        services.AddSingleton<OutboxSignal<TDb>>();
        services.AddScoped<Outbox<TDb>>();
        services.AddScoped<Inbox<TDb>>();
        services.AddScoped<CommandDecisions<TDb>>();
        services.AddHostedService<OutboxRelay<TDb>>();
        return builder;
    }

    /// <summary>
    /// Registers a service's DbContext on the configured database (SQLite or PostgreSQL, one code path), its migrations
    /// (applied at start and by the <c>migrate</c> command) and a readiness check; no outbox or inbox, for a service that
    /// keeps data but does not use the bus (the partner portal).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDb>(this IHostApplicationBuilder builder, string name)
        where TDb : DbContext
    {
        var database = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString(name);
        // One gate per database and process, shared by every DbContext instance (see SqliteWriteGate).
        var sqliteWrites = new SqliteWriteGate(SqliteWriteTimeout);
        // Pooled: the options are built once, not on every request and message, and context instances are reused (the
        // profile of the gateway's vacancy POST had a tenth of its CPU in creating contexts and their options).
        builder.Services.AddDbContextPool<TDb>(options => _ = database.Provider switch
        {
            DatabaseProvider.Postgres => options.UseNpgsql(WithAutoPrepare(connectionString
                ?? throw new InvalidOperationException($"ConnectionStrings:{name} is required for PostgreSQL."))).UseHubMigrations(),
            _ => options.UseSqlite(connectionString ?? SqliteFile(database.DataDirectory, name)).UseHubMigrations().AddInterceptors(sqliteWrites),
        });

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        // Registered before the bus, so the schema is current before anything consumes.
        services.AddSingleton<DatabaseMigrator<TDb>>();
        services.AddSingleton<IDatabaseMigrator>(sp => sp.GetRequiredService<DatabaseMigrator<TDb>>());
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseMigrator<TDb>>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TDb>>($"database-{name.ToLowerInvariant()}", tags: ["ready"]);
        return builder;
    }

    /// <summary>Each context's migrations for the provider it runs on (<see cref="ProviderMigrationsAssembly"/>).</summary>
    public static DbContextOptionsBuilder UseHubMigrations(this DbContextOptionsBuilder options) =>
        options.ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly, ProviderMigrationsAssembly>();

    /// <summary>
    /// Npgsql parses and plans every statement anew unless it may prepare the ones it sees often, and a service runs the
    /// same few dozen statements all day. A connection string that sets Max Auto Prepare itself keeps its value.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = 64;
        }
        return settings.ConnectionString;
    }

    /// <summary>As long as SQLite's own busy timeout in the connection strings here (Default Timeout=30).</summary>
    private static readonly TimeSpan SqliteWriteTimeout = TimeSpan.FromSeconds(30);

    private static string SqliteFile(string directory, string name)
    {
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, name.ToLowerInvariant())}.db;Default Timeout=30";
    }
}
