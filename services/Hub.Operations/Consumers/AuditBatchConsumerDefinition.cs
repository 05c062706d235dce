using MassTransit;

namespace Hub.Operations.Consumers;

/// <summary>The audit channel's queue; several batches at once so ingestion keeps up with every service together.</summary>
public sealed class AuditBatchConsumerDefinition : ConsumerDefinition<AuditBatchConsumer>
{
    public AuditBatchConsumerDefinition() => EndpointName = "audit";
}
