using System.Net.Http;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Hub.Client.Resilience;

/// <summary>
/// The standard order: a total timeout around retries, a circuit breaker inside the retries (so each
/// attempt counts), and a timeout per attempt. Retries cover POST and PUT because every one carries an
/// Idempotency-Key; Retry-After from the gateway (503, 429) sets the wait when present.
/// </summary>
internal static class HubResiliencePipeline
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, HubResilienceOptions options)
    {
        pipeline.AddTimeout(options.TotalTimeout);
        if (options.MaxRetryAttempts > 0)
        {
            // Handles 408, 429, 5xx, HttpRequestException and attempt timeouts; no method is excluded.
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldRetryAfterHeader = true,
            });
        }
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
        });
        pipeline.AddTimeout(options.AttemptTimeout);
    }
}
