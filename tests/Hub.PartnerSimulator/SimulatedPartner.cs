using System.Collections.Concurrent;
using System.Net;
using Hub.Samples.WebhookVerification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.PartnerSimulator;

/// <summary>
/// A partner's own system on a loopback port: a webhook at /webhook that checks the Hub's signature
/// (401 when wrong), drops repeats by delivery id the way a partner should, and counts every request;
/// and an export API (GET /exports, GET /exports/{id}) serving CSV exports for the adapters to poll.
/// </summary>
public sealed class SimulatedPartner : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedDelivery> _received = new();
    private readonly ConcurrentDictionary<Guid, int> _seen = new();
    private readonly ConcurrentDictionary<string, (string Kind, string Csv)> _exports = new(StringComparer.Ordinal);
    private readonly WebhookReplayGuard _signatures = new();
    private readonly ConcurrentDictionary<WebhookCheck, int> _refused = new();
    private int _attempts;
    private int _duplicates;
    private int _badSignatures;

    private SimulatedPartner(WebApplication app, string secret)
    {
        _app = app;
        Secret = secret;
    }

    public string Secret { get; }

    public PartnerMode Mode { get; set; } = PartnerMode.Up;

    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Where <see cref="PartnerMode.Redirecting"/> points the sender (307, which keeps the method and body).</summary>
    public Uri? RedirectTo { get; set; }

    public Uri BaseAddress => new(_app.Urls.First() + "/");

    public Uri WebhookUrl => new(BaseAddress, "webhook");

    /// <summary>Every webhook request, whatever the mode: the measure of how hard the Hub knocks while the partner is down.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Requests for a delivery id already accepted: detected and dropped, as a partner should.</summary>
    public int Duplicates => Volatile.Read(ref _duplicates);

    /// <summary>Requests refused with 401 (bad or missing signature, old timestamp, replay, no delivery id).</summary>
    public int BadSignatures => Volatile.Read(ref _badSignatures);

    /// <summary>Refused requests by what the verifier found.</summary>
    public IReadOnlyDictionary<WebhookCheck, int> Refused => new Dictionary<WebhookCheck, int>(_refused);

    /// <summary>Accepted deliveries in the order they arrived.</summary>
    public IReadOnlyList<ReceivedDelivery> Received => [.. _received];

    public static async Task<SimulatedPartner> StartAsync(string secret, string url = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var partner = new SimulatedPartner(app, secret);
        app.MapPost("/webhook", partner.ReceiveAsync);
        app.MapGet("/exports", () => Results.Json(partner._exports.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new { id = e.Key, kind = e.Value.Kind })));
        app.MapGet("/exports/{id}", (string id) => partner.Mode == PartnerMode.Redirecting && partner.RedirectTo is { } elsewhere
            ? Results.Redirect(new Uri(elsewhere, $"exports/{id}").ToString(), permanent: false, preserveMethod: true)
            : partner._exports.TryGetValue(id, out var export)
                ? Results.Text(export.Csv, "text/csv; charset=utf-8")
                : Results.NotFound());
        await app.StartAsync();
        return partner;
    }

    /// <summary>Offers an export on the export API, as the partner's system would after its nightly run.</summary>
    public void OfferExport(string id, string kind, string csv) => _exports[id] = (kind, csv);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        Interlocked.Increment(ref _attempts);
        switch (Mode)
        {
            case PartnerMode.Down:
                context.Abort();
                return;
            case PartnerMode.Failing:
                context.Response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
                return;
            case PartnerMode.Rejecting:
                context.Response.StatusCode = (int)HttpStatusCode.BadRequest;
                return;
            case PartnerMode.Redirecting:
                context.Response.StatusCode = (int)HttpStatusCode.TemporaryRedirect;
                context.Response.Headers.Location = RedirectTo?.ToString();
                return;
            case PartnerMode.Slow:
                await Task.Delay(SlowDelay, context.RequestAborted);
                break;
        }

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var headers = context.Request.Headers;
        var check = WebhookVerifier.Verify(Secret, headers["X-Hub-Timestamp"], headers["X-Hub-Signature"], body, DateTimeOffset.UtcNow,
            WebhookVerifier.DefaultTolerance, _signatures);
        if (check != WebhookCheck.Valid || !Guid.TryParse(headers["X-Hub-Delivery-Id"], out var deliveryId))
        {
            Interlocked.Increment(ref _badSignatures);
            _refused.AddOrUpdate(check, 1, (_, n) => n + 1);
            context.Response.StatusCode = (int)HttpStatusCode.Unauthorized;
            return;
        }
        if (_seen.AddOrUpdate(deliveryId, 1, (_, n) => n + 1) > 1)
        {
            Interlocked.Increment(ref _duplicates);
        }
        else
        {
            _received.Enqueue(new ReceivedDelivery(deliveryId, headers["X-Hub-Event"].ToString(), System.Text.Encoding.UTF8.GetString(body), DateTimeOffset.UtcNow,
                headers["X-Hub-Timestamp"].ToString(), headers["X-Hub-Signature"].ToString()));
        }
        context.Response.StatusCode = (int)HttpStatusCode.OK;
    }
}
