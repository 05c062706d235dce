using System.Net;
using System.Text;
using Hub.PartnerIntegration.Options;
using Hub.PartnerIntegration.Storage;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>One push attempt to a partner's webhook through its own HTTP client (timeout and circuit breaker per partner, signing).</summary>
public sealed class WebhookSender<TDb>(IHttpClientFactory http, PartnerAdapter<TDb> adapter) where TDb : PartnerAdapterDb
{
    public async Task<DeliveryOutcome> SendAsync(PartnerOptions partner, OutgoingDelivery delivery, CancellationToken ct)
    {
        var client = http.CreateClient(PartnerAdapter<TDb>.WebhookClientName(adapter.Name, partner.OrganisationId));
        var webhook = RestService.For<IPartnerWebhook>(client);
        using var body = new ByteArrayContent(Encoding.UTF8.GetBytes(delivery.Payload));
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        try
        {
            using var response = await webhook.DeliverAsync(partner.WebhookUrl!.AbsolutePath.TrimStart('/'), body,
                delivery.DeliveryId.ToString(), delivery.EventType, ct);
            var status = (int?)response.StatusCode ?? 0;
            return status switch
            {
                >= 200 and < 300 => new DeliveryOutcome.Delivered(),
                (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500 =>
                    new DeliveryOutcome.Transient($"HTTP {status}", RetryAfter(response)),
                _ => new DeliveryOutcome.Rejected($"HTTP {status}"),
            };
        }
        catch (BrokenCircuitException open)
        {
            return new DeliveryOutcome.CircuitOpen(open.RetryAfter);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // The type says enough (refused, reset, timed out); messages may quote partner responses.
            return new DeliveryOutcome.Transient(ex.GetType().Name, null);
        }
    }

    private static TimeSpan? RetryAfter(IApiResponse response) => response.Headers?.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };
}
