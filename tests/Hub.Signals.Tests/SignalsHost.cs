using System.Diagnostics;
using Hub.Contracts.Signals;
using Hub.Messaging.Outbox;
using Hub.Signals.Retention;
using Hub.Signals.Storage;
using Hub.Testing;
using MassTransit.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Signals.Tests;

/// <summary>The signals service's consumers on MassTransit's test harness, with a SQLite file, a movable clock and captured logs.</summary>
public sealed class SignalsHost : IAsyncDisposable
{
    /// <summary>Test-only key; a deployment sets its own secret in Hub:Signals:PseudonymKey.</summary>
    public const string PseudonymKey = "dGVzdC1vbmx5LXNpZ25hbHMtcHNldWRvbnltLWtleS0zMmJ5dGVz";

    private readonly string _directory = Directory.CreateTempSubdirectory("hub-signals-").FullName;
    private readonly ActivityListener _tracing = new()
    {
        // Traces on, as OpenTelemetry does in the service, so the disclosure log gets its W3C ids.
        ShouldListenTo = source => source.Name == "MassTransit",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
    };
    private readonly IHost _host;

    public SignalsHost(IDictionary<string, string?>? settings = null)
    {
        ActivitySource.AddActivityListener(_tracing);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders(); // keeps the test run's console readable
        builder.Configuration["Database:DataDirectory"] = _directory;
        builder.Configuration["Hub:Signals:PseudonymKey"] = PseudonymKey;
        builder.Configuration["Hub:Outbox:RelayPollInterval"] = "00:00:00.100";
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.AddSignals();
        builder.Services.AddMassTransitTestHarness(bus => bus.AddSignalsConsumers());
        _host = builder.Build();
    }

    public TestClock Clock { get; } = new();
    public CapturedLogs Logs { get; } = new();
    public ITestHarness Harness => _host.Services.GetTestHarness();

    public Task StartAsync() => _host.StartAsync();

    /// <summary>Publishes, waits until the service consumed the message and its outbox is relayed.</summary>
    public async Task Send<T>(T message) where T : class
    {
        var messageId = NewId.NextGuid();
        await Harness.Bus.Publish(message, c => c.MessageId = messageId);
        await Eventually.True(() => Harness.Consumed.Select<T>(m => m.Context.MessageId == messageId).Any(), "the message was not consumed");
        await Eventually.True(async () => await Query(db => db.Set<OutboxMessage>().AllAsync(m => m.SentAt != null)), "the outbox was not relayed");
    }

    public IReadOnlyList<T> Published<T>() where T : class => [.. Harness.Published.Select<T>().Select(m => m.Context.Message)];

    public async Task<TResponse> Ask<TRequest, TResponse>(TRequest request) where TRequest : class where TResponse : class =>
        (await Harness.GetRequestClient<TRequest>().GetResponse<TResponse>(request)).Message;

    public async Task<Response<T1, T2>> Ask<TRequest, T1, T2>(TRequest request) where TRequest : class where T1 : class where T2 : class =>
        await Harness.GetRequestClient<TRequest>().GetResponse<T1, T2>(request);

    public async Task<T> Query<T>(Func<SignalsDb, Task<T>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SignalsDb>());
    }

    public async Task<PurgeReport> Purge()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionPurge>().Run(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _tracing.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
