using MassTransit;

namespace Hub.Gateway.Tests;

/// <summary>Counts publish attempts. The harness lists a message id once, so it cannot show a repeated publish.</summary>
public sealed class PublishCounter : IPublishObserver
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task PrePublish<T>(PublishContext<T> context) where T : class
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }

    public Task PostPublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
