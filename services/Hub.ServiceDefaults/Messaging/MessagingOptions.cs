namespace Hub.ServiceDefaults.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "Hub:Messaging";

    public TransportKind Transport { get; set; } = TransportKind.RabbitMq;
    /// <summary>Immediate in-process retries before a message goes to its error queue.</summary>
    public int RetryLimit { get; set; } = 5;
}
