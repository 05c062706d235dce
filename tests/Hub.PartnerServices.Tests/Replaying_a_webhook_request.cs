using System.Net;
using System.Text;
using Hub.Housing;
using Hub.Housing.Storage;
using Hub.PartnerIntegration.Delivery;
using Hub.PartnerSimulator;
using Hub.Samples.WebhookVerification;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.PartnerServices.Tests;

/// <summary>
/// Someone who captured a signed webhook request (a proxy log, a leaked trace) sends it to the partner again.
/// The partner's verification (<see cref="WebhookVerifier"/>, the code partners copy) must refuse it, an old
/// one and a tampered one, while a genuine retry of the Hub (same delivery, signed afresh) still goes through.
/// </summary>
public sealed class Replaying_a_webhook_request(ITestOutputHelper output) : IDisposable
{
    private const string Partner = "00000001802327497000";
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-housing-replay-").FullName;

    [Fact]
    public async Task Is_refused_by_the_partners_verification_as_are_old_and_tampered_requests()
    {
        await using var partner = await SimulatedPartner.StartAsync("partner-a-webhook-secret-0123456789abcdef");
        await using var host = new AdapterHost<HousingDb>(_directory, new Dictionary<string, string?>
        {
            ["Hub:Housing:Partners:0:OrganisationId"] = Partner,
            ["Hub:Housing:Partners:0:WebhookUrl"] = partner.WebhookUrl.ToString(),
            ["Hub:Housing:Partners:0:WebhookSecret"] = partner.Secret,
        }, builder => builder.AddHousing(), bus => bus.AddHousingConsumers(), output: output);
        await host.StartAsync();
        await host.Harness.Bus.Publish(Deliveries.SignalFor(Partner, 1));
        await Eventually.True(() => partner.Received.Count == 1, "the signed delivery did not arrive");
        var captured = partner.Received[0];
        var body = Encoding.UTF8.GetBytes(captured.Body);
        var signedAt = long.Parse(captured.Timestamp, System.Globalization.CultureInfo.InvariantCulture);
        using var http = new HttpClient();

        // The captured request byte for byte, and with the signature's hex in capitals (the same signature).
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(http, partner, captured, body, captured.Timestamp, captured.Signature));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(http, partner, captured, body, captured.Timestamp, "v1=" + captured.Signature[3..].ToUpperInvariant()));
        // Correctly signed, but ten minutes old: outside the five-minute tolerance.
        var old = signedAt - 600;
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(http, partner, captured, body, $"{old}", WebhookSignature.Sign(partner.Secret, old, body)));
        // The captured signature over a changed body.
        var tampered = Encoding.UTF8.GetBytes(captured.Body.Replace("845.50", "8450.50", StringComparison.Ordinal));
        Assert.NotEqual(body, tampered);
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(http, partner, captured, tampered, captured.Timestamp, captured.Signature));

        var refused = partner.Refused;
        Assert.Equal(2, refused.GetValueOrDefault(WebhookCheck.Replayed));
        Assert.Equal(1, refused.GetValueOrDefault(WebhookCheck.OutsideTolerance));
        Assert.Equal(1, refused.GetValueOrDefault(WebhookCheck.BadSignature));
        Assert.Single(partner.Received);
        Assert.Equal(0, partner.Duplicates);

        // What the Hub does on a retry: the same delivery signed afresh. Accepted, and dropped as a repeat by its delivery id.
        var retry = signedAt + 2;
        Assert.Equal(HttpStatusCode.OK, await SendAsync(http, partner, captured, body, $"{retry}", WebhookSignature.Sign(partner.Secret, retry, body)));
        Assert.Equal(1, partner.Duplicates);
        Assert.Single(partner.Received);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient http, SimulatedPartner partner, ReceivedDelivery captured, byte[] body, string timestamp, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, partner.WebhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookHeaders.DeliveryId, captured.DeliveryId.ToString());
        request.Headers.Add(WebhookHeaders.Event, captured.Event);
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp);
        request.Headers.Add(WebhookHeaders.Signature, signature);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { /* SQLite may still close its files */ }
    }
}
