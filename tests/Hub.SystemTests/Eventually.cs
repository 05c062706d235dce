namespace Hub.SystemTests;

internal static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, string what, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not within {timeoutSeconds} s: {what}");
            }
            await Task.Delay(100);
        }
    }
}
