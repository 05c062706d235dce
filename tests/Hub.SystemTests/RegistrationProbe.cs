using System.Collections.Concurrent;
using Hub.Contracts.Matching;
using Hub.Messaging;
using Hub.Messaging.Inbox;
using Hub.Messaging.Storage;
using Hub.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.SystemTests;

/// <summary>
/// A downstream service of the test's own, built on the same durable messaging as the Hub's:
/// it records every delivery of <see cref="VacancyRegistered"/> and applies each once through its inbox.
/// </summary>
public sealed class RegistrationProbe : IAsyncDisposable
{
    private readonly IHost _host;

    private RegistrationProbe(IHost host) => _host = host;

    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    public DeliveryLog Deliveries => _host.Services.GetRequiredService<DeliveryLog>();

    public static async Task<RegistrationProbe> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders(); // keeps the test run's console readable
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddDurableDbContext<ProbeDb>("Probe");
        builder.Services.AddSingleton<DeliveryLog>();
        builder.AddHubMessaging(bus => bus.AddConsumer<VacancyRegisteredProbeConsumer>());
        var host = builder.Build();
        await host.StartAsync();
        return new RegistrationProbe(host);
    }

    public async Task<int> EffectsFor(Guid vacancyId)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProbeDb>().Effects.CountAsync(e => e.VacancyId == vacancyId);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}

public sealed class DeliveryLog
{
    private readonly ConcurrentQueue<(Guid MessageId, Guid VacancyId)> _deliveries = new();

    public void Add(Guid messageId, Guid vacancyId) => _deliveries.Enqueue((messageId, vacancyId));

    public IReadOnlyList<Guid> MessageIdsFor(Guid vacancyId) =>
        [.. _deliveries.Where(d => d.VacancyId == vacancyId).Select(d => d.MessageId)];
}

public sealed class RegistrationEffect
{
    public int Id { get; set; }
    public Guid VacancyId { get; set; }
}

public sealed class ProbeDb(DbContextOptions<ProbeDb> options) : DbContext(options)
{
    public DbSet<RegistrationEffect> Effects => Set<RegistrationEffect>();

    protected override void OnModelCreating(ModelBuilder model) => model.AddDurableMessaging();
}

public sealed class VacancyRegisteredProbeConsumer(Inbox<ProbeDb> inbox, ProbeDb db, DeliveryLog log) : IConsumer<VacancyRegistered>
{
    public Task Consume(ConsumeContext<VacancyRegistered> context)
    {
        log.Add(context.MessageId!.Value, context.Message.VacancyId);
        return inbox.ProcessOnce(context, _ =>
        {
            db.Effects.Add(new RegistrationEffect { VacancyId = context.Message.VacancyId });
            return Task.CompletedTask;
        });
    }
}
