namespace Hub.Gateway;

public sealed class GatewayOptions
{
    public const string Section = "Hub:Gateway";

    /// <summary>How long a POST waits for the broker's publisher confirm before answering 503.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How long a read waits for the owning service to answer.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary><see cref="RequestTimeout"/> for MassTransit's request client.</summary>
    public MassTransit.RequestTimeout ReadTimeout => MassTransit.RequestTimeout.After(ms: (int)RequestTimeout.TotalMilliseconds);
    /// <summary>Largest request body accepted; partner messages are small.</summary>
    public long MaxRequestBodyBytes { get; set; } = 64 * 1024;
    /// <summary>Seconds a client is asked to wait after a 503.</summary>
    public int RetryAfterSeconds { get; set; } = 5;
}
