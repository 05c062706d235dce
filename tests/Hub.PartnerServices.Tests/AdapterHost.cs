using Hub.Messaging.Outbox;
using Hub.PartnerIntegration.Storage;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.PartnerServices.Tests;

/// <summary>
/// One adapter (its importers, delivery worker and consumers) on MassTransit's test harness with a SQLite
/// file in <see cref="Directory"/>. A second host on the same directory is the same service after a restart.
/// </summary>
public sealed class AdapterHost<TDb> : IAsyncDisposable where TDb : PartnerAdapterDb
{
    private readonly IHost _host;

    public AdapterHost(string directory, IDictionary<string, string?> settings, Action<IHostApplicationBuilder> addAdapter,
        Action<IBusRegistrationConfigurator> addConsumers, Action<IServiceCollection>? replace = null, Xunit.Abstractions.ITestOutputHelper? output = null)
    {
        Directory = directory;
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        if (output is not null)
        {
            builder.Logging.AddProvider(new TestOutputLogs(output));
        }
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:DataDirectory"] = directory,
            ["Hub:Pseudonymisation:Key"] = SampleExports.PseudonymisationKey,
            ["Hub:Outbox:RelayPollInterval"] = "00:00:00.100",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        addAdapter(builder);
        replace?.Invoke(builder.Services);
        builder.Services.AddMassTransitTestHarness(addConsumers);
        _host = builder.Build();
    }

    public string Directory { get; }

    public IServiceProvider Services => _host.Services;

    public ITestHarness Harness => _host.Services.GetTestHarness();

    private bool _started;

    public async Task StartAsync()
    {
        // MassTransit keeps its log context in an async-local that a previous host (before a "restart") may have left behind.
        LogContext.ConfigureCurrentLogContext(_host.Services.GetRequiredService<ILoggerFactory>());
        await _host.StartAsync();
        _started = true;
    }

    public async Task<T> Query<T>(Func<TDb, Task<T>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TDb>());
    }

    public Task<List<OutboxMessage>> OutboxAsync() => Query(db => db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _host.StopAsync();
        }
        _host.Dispose();
    }
}
