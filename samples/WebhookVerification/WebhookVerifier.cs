using System.Security.Cryptography;
using System.Text;

namespace Hub.Samples.WebhookVerification;

/// <summary>
/// How a partner checks a Hub webhook request. Self-contained on purpose: copy this file into your own
/// system, with <see cref="WebhookReplayGuard"/> and <see cref="WebhookCheck"/>. Check the signature over the raw body bytes before parsing
/// them, reject timestamps outside the tolerance (old captured requests) and a signature seen before (a request
/// captured and replayed within the tolerance), and use X-Hub-Delivery-Id to ignore a delivery you already
/// processed (the Hub retries until you answer 2xx, each attempt signed afresh, so you may see one delivery
/// more than once, never one signature).
/// </summary>
public static class WebhookVerifier
{
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <param name="timestampHeader">X-Hub-Timestamp: Unix seconds.</param>
    /// <param name="signatureHeader">X-Hub-Signature: "v1=" + lower-case hex HMAC-SHA256(secret, timestamp + "." + body).</param>
    /// <param name="seen">The signatures accepted so far; without it a replay within the tolerance is not detected.</param>
    public static WebhookCheck Verify(string secret, string? timestampHeader, string? signatureHeader, byte[] body, DateTimeOffset now, TimeSpan tolerance,
        WebhookReplayGuard? seen = null)
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
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return WebhookCheck.BadSignature;
        }
        // Remembered only once valid, so forged requests cannot fill the memory.
        return seen is null || seen.TryRemember(given, timestamp, now, tolerance) ? WebhookCheck.Valid : WebhookCheck.Replayed;
    }
}
