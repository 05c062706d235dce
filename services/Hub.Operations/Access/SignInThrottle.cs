using Microsoft.Extensions.Options;

namespace Hub.Operations.Access;

/// <summary>
/// Refuses a password sign-in for a user name that failed too often lately, or from an address that did. The failures
/// are counted in the operator log, so every console instance and every restart sees the same count. Attempts for one
/// user name run one after another, so a burst of parallel guesses cannot all pass the count before any is recorded.
/// </summary>
public sealed class SignInThrottle(IOptions<ConsoleSignInOptions> options, TimeProvider clock)
{
    // Striped by name: a fixed number of locks, however many names an attacker makes up.
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IDisposable> OneAtATimeAsync(string userName, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(userName) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    /// <summary>Null when the attempt may go ahead; else why not (<see cref="OperatorActions"/>) and when to try again.</summary>
    public async Task<(string Outcome, TimeSpan RetryAfter)?> RefusalAsync(OperatorLog log, string userName, string? address, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var (forUser, fromAddress) = await log.RecentSignInFailuresAsync(userName, address, clock.GetUtcNow().UtcDateTime - limits.FailureWindow, cancellationToken);
        return forUser >= limits.MaxFailuresPerUser ? (OperatorActions.Locked, limits.FailureWindow)
            : fromAddress >= limits.MaxFailuresPerAddress ? (OperatorActions.AddressThrottled, limits.FailureWindow)
            : null;
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
