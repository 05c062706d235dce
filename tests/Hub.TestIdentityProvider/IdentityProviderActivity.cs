using System.Collections.Concurrent;

namespace Hub.TestIdentityProvider;

/// <summary>What the provider has done, for tests to assert on: requests arrive on Kestrel's threads while a test reads.</summary>
internal sealed class IdentityProviderActivity
{
    private readonly ConcurrentQueue<string> _signIns = new();
    private int _signOuts;

    public IReadOnlyList<string> SignIns => [.. _signIns];

    public int SignOuts => Volatile.Read(ref _signOuts);

    public void SignedIn(string userName) => _signIns.Enqueue(userName);

    public void SignedOut() => Interlocked.Increment(ref _signOuts);
}
