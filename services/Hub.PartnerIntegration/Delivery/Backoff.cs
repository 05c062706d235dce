namespace Hub.PartnerIntegration.Delivery;

/// <summary>
/// Wait before the next attempt: doubling from the initial wait up to the maximum, then "equal jitter"
/// (a random point in the upper half), so partners coming back are not hit by every adapter at once.
/// </summary>
public static class Backoff
{
    public static TimeSpan After(int failedAttempts, TimeSpan initial, TimeSpan max, double random)
    {
        var exponent = Math.Min(Math.Max(failedAttempts - 1, 0), 30);
        var wait = Math.Min(initial.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(wait / 2 + wait / 2 * random);
    }
}
