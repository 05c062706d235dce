using MassTransit;

namespace Hub.ServiceDefaults.Audit;

/// <summary>Reports received, processed (with its processing time) and faulted messages of every consumer.</summary>
internal sealed class AuditReceiveObserver(AuditTrail trail) : IReceiveObserver, IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Record(context, () => AuditEntries.Consumed(context, AuditStages.Received));

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Record(context, () => AuditEntries.Consumed(context, AuditStages.Processed, consumerType, duration));

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Record(context, () => AuditEntries.Consumed(context, AuditStages.Faulted, consumerType, duration, exception));

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;

    private Task Record<T>(ConsumeContext<T> context, Func<Contracts.Operations.AuditEntry> entry)
        where T : class
    {
        if (AuditEntries.IsAudited(typeof(T)))
        {
            trail.Record(entry());
        }
        return Task.CompletedTask;
    }
}
