using System.Security.Cryptography;
using System.Text;
using Hub.Pseudonymisation;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Idempotency;

/// <summary>
/// SHA-256 of method, path and body, keyed (HMAC) with a key derived from the pseudonymisation key:
/// a body carries a BSN, and a plain hash of it could be reversed by trying every BSN.
/// </summary>
public sealed class RequestFingerprint(IOptions<PseudonymisationOptions> options)
{
    private readonly byte[] _key = HKDF.DeriveKey(
        HashAlgorithmName.SHA256, options.Value.KeyBytes()!, outputLength: 32, info: "hub-gateway-idempotency-fingerprint"u8.ToArray());

    /// <summary>The Idempotency-Key as the store keeps it: keyed SHA-256, never the partner's text.</summary>
    public string OfKey(string idempotencyKey) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"idempotency-key\n{idempotencyKey}")));

    public string Of(string method, string target, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(Encoding.UTF8.GetBytes($"{method}\n{target}\n"));
        hmac.AppendData(body);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }
}
