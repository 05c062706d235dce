namespace Hub.ServiceDefaults.Messaging;

public sealed class MessagingOptions
{
    public const string Section = "Hub:Messaging";

    public TransportKind Transport { get; set; } = TransportKind.RabbitMq;
    /// <summary>Immediate in-process retries before a message goes to its error queue.</summary>
    public int RetryLimit { get; set; } = 5;
    /// <summary>
    /// Retries of a message whose consumer could not reach its database, each after <see cref="DatabaseRetryInterval"/>:
    /// the message stays unacked in the service meanwhile, so a database outage of up to about
    /// <c>DatabaseRetryLimit x DatabaseRetryInterval</c> loses nothing to the error queue.
    /// </summary>
    public int DatabaseRetryLimit { get; set; } = 60;
    public TimeSpan DatabaseRetryInterval { get; set; } = TimeSpan.FromSeconds(5);
}
