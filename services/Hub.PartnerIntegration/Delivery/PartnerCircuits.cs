using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>The state of each partner's circuit breaker, as its resilience pipeline reports it; shown to operators.</summary>
public sealed class PartnerCircuits<TDb>(TimeProvider clock, ILogger<PartnerCircuits<TDb>> logger)
{
    private readonly ConcurrentDictionary<string, PartnerCircuit> _circuits = new(StringComparer.Ordinal);

    public PartnerCircuit Of(string partnerId) => _circuits.GetOrAdd(partnerId, _ => new PartnerCircuit("closed", null, 0, 0));

    public IReadOnlyDictionary<string, PartnerCircuit> All => _circuits;

    internal void Opened(string partnerId, TimeSpan breakDuration)
    {
        logger.LogWarning("Circuit to partner {Partner} opened for {BreakDuration}: no requests until then", partnerId, breakDuration);
        _circuits.AddOrUpdate(partnerId,
            _ => new PartnerCircuit("open", clock.GetUtcNow().UtcDateTime, 1, 0),
            (_, c) => c with { State = "open", Since = clock.GetUtcNow().UtcDateTime, TimesOpened = c.TimesOpened + 1 });
    }

    internal void HalfOpened(string partnerId) =>
        _circuits.AddOrUpdate(partnerId, _ => new PartnerCircuit("half-open", clock.GetUtcNow().UtcDateTime, 0, 0),
            (_, c) => c with { State = "half-open", Since = clock.GetUtcNow().UtcDateTime });

    internal void Closed(string partnerId)
    {
        logger.LogInformation("Circuit to partner {Partner} closed: deliveries resume", partnerId);
        _circuits.AddOrUpdate(partnerId, _ => new PartnerCircuit("closed", clock.GetUtcNow().UtcDateTime, 0, 1),
            (_, c) => c with { State = "closed", Since = clock.GetUtcNow().UtcDateTime, TimesClosed = c.TimesClosed + 1 });
    }
}
