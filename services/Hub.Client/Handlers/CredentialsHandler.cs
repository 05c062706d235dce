using Microsoft.Extensions.Options;

namespace Hub.Client.Handlers;

/// <summary>
/// The one place that says who is calling: the <see cref="IHubCallerCredentials"/> registered with
/// AddHubClient&lt;TCredentials&gt;, else the partner's API key from the options (read per request, so a rotated key is
/// picked up). It runs once per call, outside the resilience handler, so every retry of the call sends the same
/// credentials: a portal user token lives 5 minutes, longer than a call may take (TotalTimeout, 60 s by default).
/// </summary>
internal sealed class CredentialsHandler(IOptionsMonitor<HubClientOptions> options, IHubCallerCredentials? credentials = null) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(HubHeaders.ApiKey);
        if (credentials is not null)
        {
            await credentials.ApplyAsync(request, cancellationToken);
        }
        else
        {
            request.Headers.TryAddWithoutValidation(HubHeaders.ApiKey, options.CurrentValue.ApiKey);
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
