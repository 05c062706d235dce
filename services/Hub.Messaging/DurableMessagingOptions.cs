namespace Hub.Messaging;

public sealed class DurableMessagingOptions
{
    public const string Section = "Hub:Outbox";

    /// <summary>Messages published per relay round; they go out concurrently and are confirmed together.</summary>
    public int RelayBatchSize { get; set; } = 100;
    /// <summary>How long the relay sleeps when nothing signalled new work (a safety net; commits signal it).</summary>
    public TimeSpan RelayPollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Back-off after a failed relay round, e.g. while the broker is away.</summary>
    public TimeSpan RelayErrorBackoff { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>
    /// How long a relay round waits for its publishes to be confirmed. After a broker crash a publish can wait for a
    /// confirm that never comes; without a limit the relay (and its claim on the rows) would hang until a restart.
    /// </summary>
    public TimeSpan RelayPublishTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan SentMessageRetention { get; set; } = TimeSpan.FromDays(1);
    /// <summary>How long duplicates are recognised; must exceed the longest redelivery delay.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);
}
