using Microsoft.Extensions.Options;

namespace Hub.Client;

/// <summary>
/// Fails fast, naming the setting, instead of a confusing error on the first call. The API key is required unless
/// <see cref="IHubCallerCredentials"/> say who is calling.
/// </summary>
internal sealed class HubClientOptionsValidator(IHubCallerCredentials? credentials = null) : IValidateOptions<HubClientOptions>
{
    private static readonly TimeSpan HalfSecond = TimeSpan.FromMilliseconds(500);

    public ValidateOptionsResult Validate(string? name, HubClientOptions options)
    {
        var failures = new List<string>();
        if (options.BaseAddress is not { IsAbsoluteUri: true } address || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
            failures.Add("HubClient:BaseAddress is required: the gateway's absolute http(s) address.");
        if (credentials is null && string.IsNullOrWhiteSpace(options.ApiKey))
            failures.Add("HubClient:ApiKey is required: your organisation's API key.");

        // Polly's own limits, checked here so the message names the setting.
        var r = options.Resilience;
        if (r is null)
        {
            failures.Add("HubClient:Resilience must not be null.");
            return ValidateOptionsResult.Fail(failures);
        }
        if (r.MaxRetryAttempts < 0) failures.Add("HubClient:Resilience:MaxRetryAttempts must be 0 or more.");
        if (r.RetryDelay < TimeSpan.Zero || r.MaxRetryDelay < r.RetryDelay) failures.Add("HubClient:Resilience:RetryDelay must be 0 or more and at most MaxRetryDelay.");
        if (r.AttemptTimeout < TimeSpan.FromMilliseconds(10)) failures.Add("HubClient:Resilience:AttemptTimeout must be at least 10 ms.");
        if (r.TotalTimeout < r.AttemptTimeout) failures.Add("HubClient:Resilience:TotalTimeout must be at least AttemptTimeout.");
        if (r.CircuitBreakerFailureRatio is <= 0 or > 1) failures.Add("HubClient:Resilience:CircuitBreakerFailureRatio must be above 0 and at most 1.");
        if (r.CircuitBreakerMinimumThroughput < 2) failures.Add("HubClient:Resilience:CircuitBreakerMinimumThroughput must be at least 2.");
        if (r.CircuitBreakerSamplingDuration < HalfSecond) failures.Add("HubClient:Resilience:CircuitBreakerSamplingDuration must be at least 0.5 s.");
        if (r.CircuitBreakerBreakDuration < HalfSecond) failures.Add("HubClient:Resilience:CircuitBreakerBreakDuration must be at least 0.5 s.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
