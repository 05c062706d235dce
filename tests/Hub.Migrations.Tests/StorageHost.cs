using Hub.Messaging;
using Hub.Messaging.Storage;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Migrations.Tests;

/// <summary>
/// A service's storage as the service registers it (<see cref="DurableMessagingExtensions.AddDurableDbContext{TDb}"/>:
/// its DbContext, the migrator that runs at start, the outbox relay and inbox), on MassTransit's test harness.
/// </summary>
public sealed class StorageHost<TDb> : IAsyncDisposable where TDb : DbContext
{
    private readonly IHost _host;
    private bool _started;

    /// <param name="earlierSchema">The model sees only the columns the database has now (see <see cref="EarlierSchema"/>).</param>
    public StorageHost(string name, Database database, bool withNextMigration = false, bool earlierSchema = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            [$"ConnectionStrings:{name}"] = database.ConnectionString,
            ["Hub:Outbox:RelayPollInterval"] = "00:00:00.200",
        });
        builder.AddDurableDbContext<TDb>(name);
        if (withNextMigration)
        {
            builder.Services.ConfigureDbContext<TDb>(options => options.ReplaceService<IMigrationsAssembly, WithNextMigration>());
        }
        if (earlierSchema)
        {
            builder.Services.ConfigureDbContext<TDb>(options => options
                .ReplaceService<IModelCustomizer, EarlierSchema>()
                .ReplaceService<IModelCacheKeyFactory, EarlierSchema.CacheKey>());
        }
        builder.Services.AddMassTransitTestHarness();
        _host = builder.Build();
    }

    public ITestHarness Harness => _host.Services.GetTestHarness();

    public async Task StartAsync()
    {
        await _host.StartAsync();
        _started = true;
    }

    public async Task<T> WithDb<T>(Func<TDb, IServiceProvider, Task<T>> use)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TDb>(), scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _host.StopAsync();
        }
        _host.Dispose();
    }
}

public sealed record Database(DatabaseProvider Provider, string ConnectionString);
