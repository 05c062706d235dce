using Hub.Contracts.Operations;
using Hub.Messaging.Inbox;
using Hub.Operations.Audit;
using Hub.Operations.Storage;
using MassTransit;

namespace Hub.Operations.Consumers;

/// <summary>Stores a service's audit batch once, however often the broker delivers it.</summary>
public sealed class AuditBatchConsumer(Inbox<OperationsDb> inbox, AuditWriter writer) : IConsumer<AuditBatch>
{
    public Task Consume(ConsumeContext<AuditBatch> context) =>
        inbox.ProcessOnce(context, cancellationToken => writer.WriteAsync(context.Message, cancellationToken));
}
