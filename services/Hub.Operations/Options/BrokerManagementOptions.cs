namespace Hub.Operations.Options;

/// <summary>The RabbitMQ management HTTP API (queues, depths, consumers) and how error queues are handled.</summary>
public sealed class BrokerManagementOptions
{
    public const string Section = "Hub:Operations:Broker";

    /// <summary>e.g. http://rabbitmq:15672/ ; empty switches the failed-message import and queue view off (the embedded run).</summary>
    public string? ManagementUrl { get; set; }
    /// <summary>Management API user; empty means the bus user (RabbitMq:Username).</summary>
    public string? Username { get; set; }
    public string? Password { get; set; }
    /// <summary>How often the <c>_error</c> queues are emptied into the failed-message store.</summary>
    public TimeSpan ErrorQueueScanInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Messages moved back to their queues per second when retrying (a group or everything).</summary>
    public int RetriesPerSecond { get; set; } = 20;
}
