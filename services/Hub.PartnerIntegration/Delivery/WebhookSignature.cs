using System.Security.Cryptography;
using System.Text;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>The signature partners verify: HMAC-SHA256 over the timestamp, a dot and the exact body bytes.</summary>
public static class WebhookSignature
{
    public const string Version = "v1=";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.ASCII.GetBytes(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return Version + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
