using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.Contracts.Matching;
using Hub.Contracts.Signals;
using Hub.Testing;
using MassTransit;

namespace Hub.LoadTests.Scenarios;

/// <summary>
/// A subscriber on the Hub's vhost, like any partner adapter: notes when each VacancyRegistered, first ProposalMade and
/// SignalDelivered arrives. Each is published only after its service committed, so by then the effect is readable.
/// </summary>
internal sealed class HubProbe : IIntakeProbe, IAsyncDisposable
{
    private readonly IBusControl _bus;

    private HubProbe(IBusControl bus) => _bus = bus;

    public ConcurrentDictionary<Guid, long> Registered { get; } = new();
    public ConcurrentDictionary<Guid, long> FirstProposal { get; } = new();
    /// <summary>By the marker in the delivered details (the signal's amount).</summary>
    public ConcurrentDictionary<string, long> Delivered { get; } = new();

    public static async Task<HubProbe> StartAsync(RabbitMqNode broker, string virtualHost)
    {
        HubProbe? probe = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker.Host, (ushort)broker.Port, virtualHost, "load-probe", host =>
            {
                host.Username(broker.User);
                host.Password(broker.Password);
            });
            cfg.ReceiveEndpoint("load-probe", endpoint =>
            {
                endpoint.SetQuorumQueue();
                endpoint.PrefetchCount = 64;
                endpoint.Handler<VacancyRegistered>(c => Note(probe!.Registered, c.Message.VacancyId));
                endpoint.Handler<ProposalMade>(c => Note(probe!.FirstProposal, c.Message.VacancyId));
                endpoint.Handler<SignalDelivered>(c => Note(probe!.Delivered, TrafficData.MarkerOf(c.Message.Details)));
            });
        });
        probe = new HubProbe(bus);
        await bus.StartAsync();
        return probe;
    }

    private static Task Note<TKey>(ConcurrentDictionary<TKey, long> seen, TKey key) where TKey : notnull
    {
        seen.TryAdd(key, Stopwatch.GetTimestamp());
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => new(_bus.StopAsync());
}
