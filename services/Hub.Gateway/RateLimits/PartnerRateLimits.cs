using System.Globalization;
using System.Threading.RateLimiting;
using Hub.Gateway.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace Hub.Gateway.RateLimits;

/// <summary>One token bucket per partner, so one busy partner cannot crowd out the others; 429 with Retry-After beyond it.</summary>
public static class PartnerRateLimits
{
    public const string Policy = "per-partner";

    public static IServiceCollection AddPartnerRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, Partition);
            limiter.OnRejected = (rejected, _) => Reject(rejected);
        });
    }

    private static RateLimitPartition<string> Partition(HttpContext context)
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        // Callers without a valid key share a bucket per address, which also slows down guessing keys.
        var partition = context.User.FindFirst(PartnerClaims.PartnerId)?.Value ?? $"anonymous:{context.Connection.RemoteIpAddress}";
        return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.Burst,
            TokensPerPeriod = limits.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static ValueTask Reject(OnRejectedContext rejected)
    {
        var context = rejected.HttpContext;
        var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return new ValueTask(ProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
            $"Your organisation may send {limits.PermitsPerSecond} requests a second, in bursts of up to {limits.Burst}. Retry after {seconds} seconds."));
    }
}
