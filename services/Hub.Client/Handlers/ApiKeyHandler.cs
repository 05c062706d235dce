using Microsoft.Extensions.Options;

namespace Hub.Client.Handlers;

/// <summary>Sends the partner's API key on every request; read per request so a rotated key is picked up.</summary>
internal sealed class ApiKeyHandler(IOptionsMonitor<HubClientOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(HubHeaders.ApiKey);
        request.Headers.TryAddWithoutValidation(HubHeaders.ApiKey, options.CurrentValue.ApiKey);
        return base.SendAsync(request, cancellationToken);
    }
}
