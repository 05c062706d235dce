namespace Hub.Client;

/// <summary>Where the gateway is, who is calling, and how hard to try. Bind it from the "HubClient" section or set it in code.</summary>
public sealed class HubClientOptions
{
    public const string Section = "HubClient";

    /// <summary>The gateway's root, e.g. https://hub.example.nl/ (the paths start with /api/v1). Required.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Your organisation's API key, sent as X-Api-Key. Required (unless registered with AddHubClient&lt;TCredentials&gt;,
    /// whose <see cref="IHubCallerCredentials"/> say who is calling instead); keep it in a secret store, not in code.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Retries, timeouts and circuit breaker.</summary>
    public HubResilienceOptions Resilience { get; set; } = new();
}
