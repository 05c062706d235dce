namespace Hub.ServiceDefaults.Messaging;

public enum TransportKind
{
    /// <summary>RabbitMQ: the deployed mode and every delivery, topology and fault test.</summary>
    RabbitMq,
    /// <summary>MassTransit's in-memory transport: the embedded single-process run only.</summary>
    InMemory,
}
