using Hub.Client.Models;
using Refit;

namespace Hub.Client;

/// <summary>
/// Signals: senders raise them and read what became of them; recipients pull, acknowledge and close their deliveries
/// and read their multi-problem notices. Which of these your key may call depends on your role in the signal policy
/// (403 otherwise). BSNs go only in request bodies; deliveries name residents by your own pseudonym.
/// </summary>
public interface ISignalsApi
{
    /// <summary>Raises a signal about a resident; the Hub routes it only where the law or the resident's consent allows.</summary>
    [Post("/api/v1/signals")]
    Task<SignalReceipt> RaiseAsync([Body] SignalRequest signal, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// The signals you raised, newest first, at most 200: per signal how many candidate recipients were decided and how
    /// many got it (never who was withheld or why, never the resident).
    /// </summary>
    [Get("/api/v1/signals")]
    Task<SignalList> ListRaisedAsync(CancellationToken cancellationToken = default);

    /// <summary>What became of one of your signals per candidate recipient: delivered, withheld or handled; 404 until it is routed.</summary>
    [Get("/api/v1/signals/{signalId}")]
    Task<SignalStatus> GetStatusAsync(Guid signalId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The signals delivered to you, oldest first: by default only those not acknowledged yet, at most 100
    /// (<paramref name="maxCount"/> 1 to 500).
    /// </summary>
    [Get("/api/v1/signals/deliveries")]
    Task<DeliveryList> GetDeliveriesAsync([Query] bool? includeAcknowledged = null, [Query] int? maxCount = null, CancellationToken cancellationToken = default);

    /// <summary>Confirms you took over pulled deliveries; they leave your list of new deliveries.</summary>
    [Post("/api/v1/signals/deliveries/acknowledgements")]
    Task<SignalsReceipt> AcknowledgeAsync([Body] AcknowledgementRequest acknowledgement, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Closes one of your deliveries with its outcome (the latest report counts); the sender sees the code, never the note.
    /// The answer does not tell whether the delivery exists or is yours: one that is not is ignored.
    /// </summary>
    [Post("/api/v1/signals/deliveries/{deliveryId}/outcome")]
    Task<SignalsReceipt> ReportOutcomeAsync(Guid deliveryId, [Body] OutcomeRequest outcome, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>The multi-problem notices addressed to you: who else is involved and how to reach them, no signal content.</summary>
    [Get("/api/v1/signals/cases")]
    Task<MultiProblemCaseList> GetCasesAsync(CancellationToken cancellationToken = default);
}
