using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Contracts.Signals;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// Signals over RabbitMQ with the gateway, job matching and the signals service as processes: rent arrears reach the
/// municipality's debt team on the legal basis with only the allowed fields; youth nuisance reaches the municipality
/// only while the resident's consent is in force. Hub.Client has no signals API yet, so partners call with a plain
/// HttpClient and their X-Api-Key.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Routing_signals_end_to_end(HubRig rig, ITestOutputHelper output)
{
    private const string HousingKey = "demo-housing-key-elkien";
    private const string PoliceKey = "demo-police-key-leeuwarden";
    /// <summary>Gemeente Leeuwarden: the debt team (wgs-debt-help) and the consent recorder of the demo policy.</summary>
    private const string MunicipalityKey = "demo-municipality-key-leeuwarden";
    private const string JobAgencyKey = "demo-jobagency-key-werkplein";
    private const string MunicipalityId = "00000001001608755000";
    private const string JobAgencyId = "00000001821699180000";
    private const string SchoolId = "00000001824476093000";
    // Example BSNs that pass the 11-check; they must never leave the gateway.
    private const string TenantBsn = "637337670";
    private const string YoungsterBsn = "250591960";

    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("O");

    [Fact]
    public async Task Delivers_on_the_legal_basis_and_on_consent_only_while_it_lasts()
    {
        await using var hub = await HubServices.StartAsync(rig, output, Path.GetTempPath(), withSignals: true);
        var housing = hub.HttpClientFor(HousingKey);
        var police = hub.HttpClientFor(PoliceKey);
        var municipality = hub.HttpClientFor(MunicipalityKey);
        var agency = hub.HttpClientFor(JobAgencyKey);

        // 1. Rent arrears: the debt team gets amount and since (not reminders-sent) on the debt-help law; the job agency, without consent, nothing.
        var arrears = await Raise(housing, "rent-arrears-1", new
        {
            bsn = TenantBsn,
            category = "rent-arrears",
            details = new Dictionary<string, string> { ["amount"] = "1250.00", ["since"] = "2026-03-01", ["reminders-sent"] = "2" },
            occurredOn = Today,
        });
        var arrearsStatus = await StatusOnceRouted(housing, arrears);
        Assert.Equal("delivered", StateFor(arrearsStatus, MunicipalityId));
        Assert.Equal("withheld", StateFor(arrearsStatus, JobAgencyId));

        var debtHelp = Assert.Single(await Deliveries(municipality), d => d.Category == "rent-arrears");
        Assert.Equal("wgs-debt-help", debtHelp.Basis);
        Assert.Equal("debt-help", debtHelp.Purpose);
        Assert.Equal(["amount", "since"], debtHelp.Details.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("1250.00", debtHelp.Details["amount"]);
        Assert.StartsWith("rp-", debtHelp.RecipientPseudonym, StringComparison.Ordinal);
        Assert.DoesNotContain(await Deliveries(agency), d => d.Category == "rent-arrears");
        await Acknowledge(municipality, debtHelp.DeliveryId);

        // 2. Youth nuisance without consent: withheld from the municipality (and the school).
        var nuisance = new
        {
            bsn = YoungsterBsn,
            category = "youth-nuisance",
            details = new Dictionary<string, string> { ["incident-date"] = Today, ["incident-code"] = "B34", ["group-size"] = "4" },
            occurredOn = Today,
        };
        var withoutConsent = await StatusOnceRouted(police, await Raise(police, "nuisance-1", nuisance));
        Assert.Equal("withheld", StateFor(withoutConsent, MunicipalityId));
        Assert.Equal("withheld", StateFor(withoutConsent, SchoolId));
        Assert.Equal(0, withoutConsent.Delivered);
        Assert.DoesNotContain(await Deliveries(municipality), d => d.Category == "youth-nuisance");

        // 3. The municipality records the resident's consent for youth care; the next signal is delivered.
        var consented = await municipality.PostAsJsonAsync("/api/v1/consents", new
        {
            bsn = YoungsterBsn,
            categories = new[] { "youth-nuisance" },
            toRole = "municipality",
            purpose = "youth-care",
            validUntil = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1)).ToString("O"),
        });
        Assert.Equal(HttpStatusCode.Accepted, consented.StatusCode);
        var consentId = (await consented.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("consentId").GetGuid();
        await Eventually.True(async () => (await Disclosures(municipality, YoungsterBsn)).Consents.Any(c => c.ConsentId == consentId),
            "the signals service recorded the consent");

        var withConsent = await StatusOnceRouted(police, await Raise(police, "nuisance-2", nuisance));
        Assert.Equal("delivered", StateFor(withConsent, MunicipalityId));
        Assert.Equal("withheld", StateFor(withConsent, SchoolId));
        var youthCare = Assert.Single(await Deliveries(municipality), d => d.Category == "youth-nuisance");
        Assert.Equal("consent", youthCare.Basis);
        Assert.Equal("youth-care", youthCare.Purpose);
        Assert.Equal(["incident-code", "incident-date"], youthCare.Details.Keys.Order(StringComparer.Ordinal));
        await Acknowledge(municipality, youthCare.DeliveryId);

        // 4. After the revocation the next one is withheld again.
        var revoked = await municipality.PostAsJsonAsync("/api/v1/consents/revocations", new { bsn = YoungsterBsn, consentId });
        Assert.Equal(HttpStatusCode.Accepted, revoked.StatusCode);
        await Eventually.True(async () => (await Disclosures(municipality, YoungsterBsn)).Consents.Single(c => c.ConsentId == consentId).RevokedAt is not null,
            "the signals service recorded the revocation");

        var afterRevocation = await StatusOnceRouted(police, await Raise(police, "nuisance-3", nuisance));
        Assert.Equal("withheld", StateFor(afterRevocation, MunicipalityId));
        Assert.DoesNotContain(await Deliveries(municipality), d => d.Category == "youth-nuisance");

        // Subject access shows exactly what was disclosed, and on which basis.
        var tenant = await Disclosures(municipality, TenantBsn);
        Assert.Equal("wgs-debt-help", Assert.Single(tenant.Disclosures, d => d.Category == "rent-arrears").Basis);
        var youngster = await Disclosures(municipality, YoungsterBsn);
        var disclosed = Assert.Single(youngster.Disclosures, d => d.Category == "youth-nuisance");
        Assert.Equal(("consent", MunicipalityId), (disclosed.Basis, disclosed.RecipientOrganisation));

        // The scan below sees the services' logs: the router logged its decisions.
        Assert.Contains("routed under policy", hub.Signals.OutputText, StringComparison.Ordinal);
        foreach (var service in hub.Processes)
        {
            Assert.Empty(BsnScanner.FindBsns(service.OutputText));
        }
    }

    private static async Task<Guid> Raise(HttpClient partner, string idempotencyKey, object signal)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/signals") { Content = JsonContent.Create(signal) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await partner.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("signalId").GetGuid();
    }

    /// <summary>The sender's view once the signals service has routed the signal (404 before that).</summary>
    private static async Task<SignalStatus> StatusOnceRouted(HttpClient sender, Guid signalId)
    {
        SignalStatus? status = null;
        await Eventually.True(async () =>
        {
            using var response = await sender.GetAsync($"/api/v1/signals/{signalId}");
            status = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadFromJsonAsync<SignalStatus>(Json) : null;
            return status is not null;
        }, $"signal {signalId} is routed");
        Assert.Equal("routed", status!.State);
        return status;
    }

    private static string StateFor(SignalStatus status, string organisationId) =>
        Assert.Single(status.Recipients, r => r.OrganisationId == organisationId).State;

    private static async Task<IReadOnlyList<DeliveryView>> Deliveries(HttpClient recipient) =>
        (await recipient.GetFromJsonAsync<DeliveryList>("/api/v1/signals/deliveries", Json))!.Deliveries;

    /// <summary>Acknowledges a delivery and waits until it has left the recipient's list of new deliveries.</summary>
    private static async Task Acknowledge(HttpClient recipient, Guid deliveryId)
    {
        var response = await recipient.PostAsJsonAsync("/api/v1/signals/deliveries/acknowledgements", new { deliveryIds = new[] { deliveryId } });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.True(async () => (await Deliveries(recipient)).All(d => d.DeliveryId != deliveryId), "the acknowledged delivery left the list");
    }

    private static async Task<SubjectDisclosures> Disclosures(HttpClient municipality, string bsn)
    {
        using var response = await municipality.PostAsJsonAsync("/api/v1/subject-access", new { bsn });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SubjectDisclosures>(Json))!;
    }
}
