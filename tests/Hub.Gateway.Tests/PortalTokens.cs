using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Hub.Gateway.Tests;

/// <summary>
/// Portal user tokens made by hand (base64url JSON and HMAC-SHA256, not the library the gateway validates with), so
/// every claim, the header and the signature can be got wrong on purpose.
/// </summary>
internal static class PortalTokens
{
    /// <summary>Test-only signing key: base64 of the 32 bytes "gateway-tests-only-portal-key-32".</summary>
    public static readonly string Key = Convert.ToBase64String("gateway-tests-only-portal-key-32"u8);

    /// <summary>Another valid key, which the gateway does not hold.</summary>
    public static readonly string OtherKey = Convert.ToBase64String("some-other-portal-signing-key-32"u8);

    /// <summary>What the portal sends for one call: issued now, valid for the longest lifetime allowed (5 minutes).</summary>
    public static Dictionary<string, object> Claims(string partnerId, Guid portalUser, DateTimeOffset? issuedAt = null, TimeSpan? lifetime = null)
    {
        var iat = issuedAt ?? DateTimeOffset.UtcNow;
        return new()
        {
            ["iss"] = "hub-portal",
            ["aud"] = "hub-gateway",
            ["sub"] = portalUser.ToString(),
            ["hub:partner-id"] = partnerId,
            ["iat"] = iat.ToUnixTimeSeconds(),
            ["exp"] = (iat + (lifetime ?? TimeSpan.FromMinutes(5))).ToUnixTimeSeconds(),
        };
    }

    public static string Signed(Dictionary<string, object> claims, string? key = null)
    {
        var unsigned = $"{Encode(new { alg = "HS256", typ = "JWT" })}.{Encode(claims)}";
        var signature = HMACSHA256.HashData(Convert.FromBase64String(key ?? Key), Encoding.ASCII.GetBytes(unsigned));
        return $"{unsigned}.{Base64Url(signature)}";
    }

    /// <summary>An unsecured JWT (<c>alg: none</c>, no signature).</summary>
    public static string Unsigned(Dictionary<string, object> claims) => $"{Encode(new { alg = "none", typ = "JWT" })}.{Encode(claims)}.";

    public static HttpClient Bearer(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private static string Encode(object value) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(value));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
