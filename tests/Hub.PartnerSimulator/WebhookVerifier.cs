using System.Security.Cryptography;
using System.Text;

namespace Hub.PartnerSimulator;

/// <summary>
/// How a partner checks a Hub webhook request. Self-contained on purpose: copy this file into your own
/// system. Check the signature over the raw body bytes before parsing them, reject timestamps outside the
/// tolerance (replays), and use X-Hub-Delivery-Id to ignore a delivery you already processed (the Hub
/// retries until you answer 2xx, so you may see one more than once).
/// </summary>
public static class WebhookVerifier
{
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <param name="timestampHeader">X-Hub-Timestamp: Unix seconds.</param>
    /// <param name="signatureHeader">X-Hub-Signature: "v1=" + lower-case hex HMAC-SHA256(secret, timestamp + "." + body).</param>
    public static WebhookCheck Verify(string secret, string? timestampHeader, string? signatureHeader, byte[] body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestampHeader, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var timestamp))
        {
            return WebhookCheck.MissingTimestamp;
        }
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > tolerance.TotalSeconds)
        {
            return WebhookCheck.OutsideTolerance;
        }
        if (signatureHeader is null || !signatureHeader.StartsWith("v1=", StringComparison.Ordinal))
        {
            return WebhookCheck.BadSignature;
        }
        byte[] given;
        try
        {
            given = Convert.FromHexString(signatureHeader.AsSpan(3));
        }
        catch (FormatException)
        {
            return WebhookCheck.BadSignature;
        }
        var signed = Encoding.ASCII.GetBytes(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".").Concat(body).ToArray();
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        // Constant-time comparison: timing must not reveal how much of a forged signature was right.
        return CryptographicOperations.FixedTimeEquals(expected, given) ? WebhookCheck.Valid : WebhookCheck.BadSignature;
    }
}
