using System.Security.Cryptography;
using System.Text;
using Hub.Gateway.Idempotency;

namespace Hub.Gateway.Publishing;

/// <summary>
/// Derives a stable id from the partner and its Idempotency-Key, so a retried POST yields the
/// same business id and message id and every downstream inbox drops the repeat.
/// </summary>
public static class IdempotentIds
{
    /// <summary>The id for <paramref name="purpose"/> of the calling partner's request, from its Idempotency-Key header (a fresh one without).</summary>
    public static Guid For(HttpContext http, string purpose) =>
        For(http.User.PartnerIdOf(), http.Request.Headers[IdempotencyKey.Header].ToString(), purpose);

    public static Guid For(string partnerId, string? idempotencyKey, string purpose)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            return Guid.CreateVersion7();
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{purpose}\n{partnerId}\n{idempotencyKey}"));
        // Shape the first 16 bytes as an RFC 9562 version 8 (custom) UUID.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
