using System.Collections.Concurrent;

namespace Hub.Samples.WebhookVerification;

/// <summary>
/// Remembers every signature <see cref="WebhookVerifier"/> accepted while its timestamp is inside the tolerance,
/// so the same signed request presented a second time is refused as a replay. Older signatures need no memory:
/// the timestamp check refuses them. Copy it with the verifier. A partner running several instances keeps the
/// same thing in a shared store instead (e.g. a unique key with an expiry in its database or cache).
/// </summary>
public sealed class WebhookReplayGuard
{
    private readonly ConcurrentDictionary<string, long> _seen = new(StringComparer.Ordinal);
    private long _lastSweep;

    /// <param name="signature">The decoded signature bytes (not the header text: "AB.." and "ab.." are the same signature).</param>
    /// <returns>false when this signature was accepted before: a replay.</returns>
    public bool TryRemember(byte[] signature, long timestamp, DateTimeOffset now, TimeSpan tolerance)
    {
        var horizon = now.ToUnixTimeSeconds() - (long)tolerance.TotalSeconds;
        var last = Interlocked.Read(ref _lastSweep);
        // Forget what the timestamp check refuses anyway; at most once a minute, by one caller.
        if (now.ToUnixTimeSeconds() - last >= 60 && Interlocked.CompareExchange(ref _lastSweep, now.ToUnixTimeSeconds(), last) == last)
        {
            foreach (var (key, signedAt) in _seen)
            {
                if (signedAt < horizon)
                {
                    _seen.TryRemove(key, out _);
                }
            }
        }
        return _seen.TryAdd(Convert.ToHexString(signature), timestamp);
    }
}
