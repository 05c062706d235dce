namespace Hub.Gateway.Idempotency;

/// <summary>
/// One partner's use of one Idempotency-Key: the fingerprint of the request and, once it succeeded,
/// the answer to replay. A record without a status code is a request still in progress.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string PartnerId { get; init; }
    /// <summary>Keyed SHA-256 (HMAC) of the partner's Idempotency-Key (<see cref="RequestFingerprint.OfKey"/>), never the key itself.</summary>
    public required string Key { get; init; }
    /// <summary>Keyed SHA-256 (HMAC) of method, path and body; see <see cref="RequestFingerprint"/>.</summary>
    public required string RequestHash { get; init; }
    /// <summary>Identifies the request that holds the key, so only it can complete or release the record.</summary>
    public Guid AttemptId { get; init; }
    public DateTime CreatedAt { get; init; }
    public int? StatusCode { get; set; }
    public byte[]? ResponseBody { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }
}
