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
            var status = (int)response.StatusCode;
            return status switch
            {
                >= 200 and < 300 => new DeliveryOutcome.Delivered(),
                (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500 =>
                    new DeliveryOutcome.Transient($"HTTP {status}", RetryAfter(response)),
                _ => new DeliveryOutcome.Rejected($"HTTP {status}"),
            };
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Refit may wrap what the pipeline threw; the circuit's own exception says when to try again.
            if (Find<BrokenCircuitException>(ex) is { } open)
            {
                return new DeliveryOutcome.CircuitOpen(open.RetryAfter);
            }
            // Refused, reset, timed out: the type says enough (messages may quote partner responses).
            return new DeliveryOutcome.Transient((Find<TimeoutRejectedException>(ex) ?? Find<HttpRequestException>(ex) ?? ex).GetType().Name, null);
        }
    }

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T found)
            {
                return found;
            }
        }
        return null;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };
}
