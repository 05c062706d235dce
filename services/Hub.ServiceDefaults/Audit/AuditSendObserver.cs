using MassTransit;

namespace Hub.ServiceDefaults.Audit;

/// <summary>Reports every message a service sends (commands, responses) or publishes (events).</summary>
internal sealed class AuditSendObserver(AuditTrail trail) : ISendObserver, IPublishObserver
{
    public Task PreSend<T>(SendContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostSend<T>(SendContext<T> context)
        where T : class => Record(context);

    public Task SendFault<T>(SendContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Record(context);

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    private Task Record<T>(SendContext<T> context)
        where T : class
    {
        if (AuditEntries.IsAudited(typeof(T)))
        {
            trail.Record(AuditEntries.Sent(context, AuditStages.Sent));
        }
        return Task.CompletedTask;
    }
}
