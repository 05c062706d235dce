using System.ComponentModel.DataAnnotations;

namespace Hub.Gateway.RateLimits;

/// <summary>Each partner's token bucket: refilled with <see cref="PermitsPerSecond"/>, holding at most <see cref="Burst"/>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Hub:Gateway:RateLimit";

    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 10;
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 20;
}
