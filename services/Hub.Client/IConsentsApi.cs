using Hub.Client.Models;
using Refit;

namespace Hub.Client;

/// <summary>Residents' consents to share signals, for the consent recorder of the signal policy (the municipal district team).</summary>
public interface IConsentsApi
{
    /// <summary>Records a consent; the receipt holds its id, to revoke it with.</summary>
    [Post("/api/v1/consents")]
    Task<ConsentReceipt> RecordAsync([Body] ConsentRequest consent, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Passes on the revocation of one consent (or all of the resident's); it counts before the next routing decision.</summary>
    [Post("/api/v1/consents/revocations")]
    Task<SignalsReceipt> RevokeAsync([Body] ConsentRevocationRequest revocation, [Header(HubHeaders.IdempotencyKey)] string? idempotencyKey = null, CancellationToken cancellationToken = default);
}
