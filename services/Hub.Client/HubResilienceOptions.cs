namespace Hub.Client;

/// <summary>
/// Settings of the resilience pipeline around every call. The defaults suit a partner system calling
/// the Hub in the background; lower them in tests, or set <see cref="MaxRetryAttempts"/> to 0 to see
/// every failure as it comes.
/// </summary>
public sealed class HubResilienceOptions
{
    /// <summary>Retries after the first attempt, for POST and PUT too (the Idempotency-Key makes that safe). 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base of the exponential backoff (with jitter). A Retry-After header from the gateway takes precedence.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap on one computed backoff delay.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Limit on one attempt; a timed-out attempt is retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Limit on a call including all its retries and waits; this is the only HTTP timeout.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Share of failed attempts (5xx, 408, 429, network errors, timeouts) in the sampling window that opens the circuit.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed in the sampling window before the circuit may open (at least 2).</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 10;

    /// <summary>The sliding window over which failures are counted (at least 0.5 s).</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit fails calls at once, before one trial call may pass (at least 0.5 s).</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
