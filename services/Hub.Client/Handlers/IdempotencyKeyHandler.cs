namespace Hub.Client.Handlers;

/// <summary>
/// Gives every POST and PUT without an Idempotency-Key a fresh one. It sits outside the resilience
/// handler, so the retries of one call all carry the same key and the gateway publishes once.
/// </summary>
internal sealed class IdempotencyKeyHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if ((request.Method == HttpMethod.Post || request.Method == HttpMethod.Put) && !request.Headers.Contains(HubHeaders.IdempotencyKey))
        {
            request.Headers.Add(HubHeaders.IdempotencyKey, Guid.NewGuid().ToString());
        }
        return base.SendAsync(request, cancellationToken);
    }
}
