namespace Hub.Signals.Tests;

internal static class Eventually
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static Task True(Func<bool> condition, string failure) => TrueAsync(() => Task.FromResult(condition()), failure);

    public static async Task TrueAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure);
            await Task.Delay(20);
        }
    }
}
