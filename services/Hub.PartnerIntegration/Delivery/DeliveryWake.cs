using System.Collections.Concurrent;
using Hub.Messaging.Outbox;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>
/// Wakes one partner's delivery loop when something is stored (or retried) for that partner; the loops of
/// the other partners sleep on, so a partner busy with a slow system is never waited for.
/// </summary>
public sealed class DeliveryWake<TDb>
{
    private readonly ConcurrentDictionary<string, OutboxSignal<DeliveryWake<TDb>>> _signals = new(StringComparer.Ordinal);

    public void Notify(string partnerId) => Of(partnerId).Notify();

    public Task WaitAsync(string partnerId, TimeSpan timeout, CancellationToken cancellationToken) =>
        Of(partnerId).WaitAsync(timeout, cancellationToken);

    private OutboxSignal<DeliveryWake<TDb>> Of(string partnerId) => _signals.GetOrAdd(partnerId, _ => new OutboxSignal<DeliveryWake<TDb>>());
}
