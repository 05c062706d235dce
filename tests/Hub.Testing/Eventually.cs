namespace Hub.Testing;

/// <summary>Waits on a condition instead of a fixed time: fast when things go well, patient on a loaded machine.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public static Task True(Func<bool> condition, string what, int timeoutSeconds = 60) =>
        True(() => Task.FromResult(condition()), what, timeoutSeconds);

    public static async Task True(Func<Task<bool>> condition, string what, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!await condition().ConfigureAwait(false))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {timeoutSeconds} s: {what}");
            }
            await Task.Delay(PollInterval).ConfigureAwait(false);
        }
    }
}
