namespace Hub.PartnerIntegration.Delivery;

/// <summary>What one push attempt came to.</summary>
public abstract record DeliveryOutcome
{
    public sealed record Delivered : DeliveryOutcome;

    /// <summary>The partner is down, slow or overloaded: try again later (RetryAfter when it said so).</summary>
    public sealed record Transient(string Error, TimeSpan? RetryAfter) : DeliveryOutcome;

    /// <summary>The partner's circuit is open: no request was made.</summary>
    public sealed record CircuitOpen(TimeSpan? RetryAfter) : DeliveryOutcome;

    /// <summary>The partner refused the request itself (4xx): retrying the same request cannot help.</summary>
    public sealed record Rejected(string Error) : DeliveryOutcome;
}
