namespace Hub.PartnerIntegration.Options;

/// <summary>
/// Webhook delivery tuning. Defaults suit production: a partner down for hours is retried with growing,
/// jittered waits up to <see cref="MaxBackoff"/>, and given up on (operator retry) only after <see cref="GiveUpAfter"/>.
/// </summary>
public sealed class DeliveryOptions
{
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>A delivery still failing this long after its first attempt fails for good and waits for an operator.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(3);
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Circuit breaker per partner: this many calls in the sampling window, this share failing, opens it for the break duration.</summary>
    public int MinimumThroughput { get; set; } = 4;
    public double FailureRatio { get; set; } = 0.5;
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>How long the worker sleeps when nothing is due and nothing new arrives (a safety net; new work wakes it).</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Deliveries pushed to one partner with one database scope before its loop starts a fresh one.</summary>
    public int BatchPerPartner { get; set; } = 50;
}
