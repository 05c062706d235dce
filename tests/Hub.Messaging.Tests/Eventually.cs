namespace Hub.Messaging.Tests;

internal static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, int timeoutSeconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Condition not met within {timeoutSeconds} s");
            }
            await Task.Delay(50);
        }
    }
}
