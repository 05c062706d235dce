using MassTransit;

namespace Hub.ServiceDefaults.Audit;

/// <summary>Reports each in-process retry of a consumer with the exception that caused it.</summary>
internal sealed class AuditRetryObserver(AuditTrail trail) : IRetryObserver
{
    public Task PostCreate<T>(RetryPolicyContext<T> context)
        where T : class, PipeContext => Task.CompletedTask;

    public Task PostFault<T>(RetryContext<T> context)
        where T : class, PipeContext => Task.CompletedTask;

    public Task PreRetry<T>(RetryContext<T> context)
        where T : class, PipeContext
    {
        if (context.Context is ConsumeContext consume)
        {
            trail.Record(AuditEntries.Retried(consume, context.Exception, context.RetryAttempt));
        }
        return Task.CompletedTask;
    }

    public Task RetryFault<T>(RetryContext<T> context)
        where T : class, PipeContext => Task.CompletedTask;

    public Task RetryComplete<T>(RetryContext<T> context)
        where T : class, PipeContext => Task.CompletedTask;
}
