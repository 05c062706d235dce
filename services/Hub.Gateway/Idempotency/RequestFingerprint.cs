using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Gateway.Idempotency;

/// <summary>
/// SHA-256 of method, path and body, keyed (HMAC) with a key derived from the pseudonymisation key:
/// a body carries a BSN, and a plain hash of it could be reversed by trying every BSN. A JSON body is hashed in a
/// canonical form (properties in ordinal order, no whitespace, strings re-escaped one way), so a retry that a partner's
/// serializer writes differently is the same request; only its meaning counts.
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
        hmac.AppendData(Canonical(body));
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>
    /// The body's canonical JSON; the bytes as they are when it is not JSON, has a property twice, or holds text that
    /// cannot be written back (a lone surrogate): such a body is compared byte for byte, as before.
    /// </summary>
    private static byte[] Canonical(ReadOnlySpan<byte> body)
    {
        try
        {
            var node = JsonNode.Parse(body);
            var canonical = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(canonical))
            {
                Write(writer, node);
            }
            return canonical.WrittenSpan.ToArray();
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return body.ToArray();
        }
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject properties:
                writer.WriteStartObject();
                foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
