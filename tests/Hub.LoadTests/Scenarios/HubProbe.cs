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
    private long _proposalsMade;
    private long _proposalBytes;

    private HubProbe(IBusControl bus) => _bus = bus;

    public ConcurrentDictionary<Guid, long> Registered { get; } = new();
    public ConcurrentDictionary<Guid, long> FirstProposal { get; } = new();
    /// <summary>Every ProposalMade so far, not only the first per vacancy: the floor needs the proposals per vacancy.</summary>
    public long ProposalsMade => Interlocked.Read(ref _proposalsMade);
    /// <summary>Their bodies' bytes on the wire, summed, for the floor's message size.</summary>
    public long ProposalBytes => Interlocked.Read(ref _proposalBytes);
    /// <summary>One ProposalMade as the Hub sent it, so the floor stores proposal rows of the same shape.</summary>
    public ProposalMade? SampleProposal { get; private set; }
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
                endpoint.Handler<ProposalMade>(c => probe!.NoteProposal(c));
                endpoint.Handler<SignalDelivered>(c => Note(probe!.Delivered, TrafficData.MarkerOf(c.Message.Details)));
            });
        });
        probe = new HubProbe(bus);
        await bus.StartAsync();
        return probe;
    }

    private Task NoteProposal(ConsumeContext<ProposalMade> context)
    {
        Interlocked.Increment(ref _proposalsMade);
        Interlocked.Add(ref _proposalBytes, context.ReceiveContext.Body.Length ?? 0);
        SampleProposal ??= context.Message;
        return Note(FirstProposal, context.Message.VacancyId);
    }

    private static Task Note<TKey>(ConcurrentDictionary<TKey, long> seen, TKey key) where TKey : notnull
    {
        seen.TryAdd(key, Stopwatch.GetTimestamp());
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => new(_bus.StopAsync());
}
