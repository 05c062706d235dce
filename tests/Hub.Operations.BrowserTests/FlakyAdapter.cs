using System.Collections.Concurrent;
using Hub.Contracts.Matching;
using Hub.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Operations.BrowserTests;

/// <summary>
/// A partner adapter that also consumes VacancyPublished, over the real broker with the Hub's messaging defaults
/// (so the wire tap reports it), and fails while <see cref="Failing"/> is set: the fault the console must show and retry.
/// </summary>
public sealed class FlakyAdapter : IAsyncDisposable
{
    private readonly IHost _host;

    private FlakyAdapter(IHost host) => _host = host;

    /// <summary>While true every vacancy fails with "vacancy register unavailable".</summary>
    public bool Failing { get; set; }

    /// <summary>The adapter's bus, for a test that reports on the audit channel as a service would.</summary>
    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    /// <summary>How often each vacancy was handled successfully: never more than once.</summary>
    public ConcurrentDictionary<Guid, int> Handled { get; } = new();

    public static async Task<FlakyAdapter> StartAsync(IDictionary<string, string?> brokerSettings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "Partner.Adapter", EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(brokerSettings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Hub:Messaging:RetryLimit"] = "1" });
        builder.Logging.ClearProviders();
        builder.AddHubMessaging(bus => bus.AddConsumer<FlakyVacancyConsumer>());
        FlakyAdapter? adapter = null;
        builder.Services.AddSingleton(_ => adapter!);
        var host = builder.Build();
        adapter = new FlakyAdapter(host);
        await host.StartAsync();
        return adapter;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    public sealed class FlakyVacancyConsumer(FlakyAdapter adapter) : IConsumer<VacancyPublished>
    {
        public Task Consume(ConsumeContext<VacancyPublished> context)
        {
            if (adapter.Failing)
            {
                throw new InvalidOperationException("vacancy register unavailable");
            }
            adapter.Handled.AddOrUpdate(context.Message.VacancyId, 1, (_, count) => count + 1);
            return Task.CompletedTask;
        }
    }
}
