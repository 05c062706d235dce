using Hub.Contracts.Operations;
using MassTransit;

namespace Hub.Gateway.Tests;

/// <summary>
/// Counts publish attempts of business messages. The harness lists a message id once, so it cannot show a repeated
/// publish. The audit wire tap's batches are the Hub reporting on itself, and requests (they carry a response address)
/// are the gateway's reads, not something a request published.
/// </summary>
public sealed class PublishCounter : IPublishObserver
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task PrePublish<T>(PublishContext<T> context) where T : class
    {
        if (context.Message is not AuditBatch && context.ResponseAddress is null)
        {
            Interlocked.Increment(ref _count);
        }
        return Task.CompletedTask;
    }

    public Task PostPublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
