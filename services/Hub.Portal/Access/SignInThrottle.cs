using System.Collections.Concurrent;

namespace Hub.Portal.Access;

/// <summary>Five wrong passwords for one e-mail within 15 minutes lock its password sign-in for the rest of those 15 minutes.</summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    private const int MaxFailures = 5;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (int Count, DateTimeOffset Since)> _failures = new(StringComparer.Ordinal);

    public bool IsLocked(string email) =>
        _failures.TryGetValue(PortalUsers.Normalise(email), out var f) && f.Count >= MaxFailures && clock.GetUtcNow() - f.Since < Window;

    public void Failed(string email)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(PortalUsers.Normalise(email), (1, now), (_, f) => now - f.Since < Window ? (f.Count + 1, f.Since) : (1, now));
    }

    public void Succeeded(string email) => _failures.TryRemove(PortalUsers.Normalise(email), out _);
}
