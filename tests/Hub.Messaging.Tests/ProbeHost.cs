using Hub.Messaging.Storage;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging.Tests;

/// <summary>A host with the probe consumer on MassTransit's test harness and a SQLite file of its own.</summary>
public sealed class ProbeHost : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-probe-").FullName;
    private readonly IHost _host;

    public ProbeHost(IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders(); // keeps the test run's console readable
        builder.Configuration["Database:DataDirectory"] = _directory;
        builder.Configuration["Hub:Outbox:RelayPollInterval"] = "00:00:00.200";
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddDurableDbContext<ProbeDb>("Probe");
        builder.Services.AddMassTransitTestHarness(bus => bus.AddConsumer<TallyConsumer>());
        _host = builder.Build();
    }

    public ITestHarness Harness => _host.Services.GetTestHarness();

    public IServiceProvider Services => _host.Services;

    public Task StartAsync() => _host.StartAsync();

    public async Task<T> WithDb<T>(Func<ProbeDb, Task<T>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ProbeDb>());
    }

    /// <summary>Writes straight to the database before the host runs, as a crashed earlier process would have left it.</summary>
    public async Task Seed(Func<ProbeDb, Task> write)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        await _host.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<ProbeDb>();
        await write(db);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
