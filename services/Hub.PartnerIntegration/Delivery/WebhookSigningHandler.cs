namespace Hub.PartnerIntegration.Delivery;

/// <summary>Signs every attempt afresh (new timestamp), so a partner can reject anything older than a few minutes.</summary>
public sealed class WebhookSigningHandler(string secret, TimeProvider clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        request.Headers.Remove(WebhookHeaders.Timestamp);
        request.Headers.Remove(WebhookHeaders.Signature);
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Sign(secret, timestamp, body));
        return await base.SendAsync(request, cancellationToken);
    }
}
