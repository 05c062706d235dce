using System.Net;
using Hub.Client.Models;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// Signals over RabbitMQ with the gateway, job matching and the signals service as processes: rent arrears reach the
/// municipality's debt team on the legal basis with only the allowed fields, and the housing corporation sees the
/// debt team's outcome; youth nuisance reaches the municipality only while the resident's consent is in force.
/// Partners call through Hub.Client, as their systems would.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Routing_signals_end_to_end(SystemRig rig, ITestOutputHelper output)
{
    private const string HousingKey = "demo-housing-key-elkien";
    private const string PoliceKey = "demo-police-key-leeuwarden";
    /// <summary>Gemeente Leeuwarden: the debt team (wgs-debt-help) and the consent recorder of the demo policy.</summary>
    private const string MunicipalityKey = "demo-municipality-key-leeuwarden";
    private const string JobAgencyKey = "demo-jobagency-key-werkplein";
    /// <summary>Gemeente Rotterdam: a municipality with no resident in Leeuwarden Oost.</summary>
    private const string RotterdamKey = "demo-municipality-key-rotterdam";
    private const string RotterdamId = "00000001002220647000";
    private const string MunicipalityId = "00000001001608755000";
    private const string JobAgencyId = "00000001821699180000";
    private const string SchoolId = "00000001824476093000";
    // Example BSNs that pass the 11-check; they must never leave the gateway.
    private const string TenantBsn = "637337670";
    private const string YoungsterBsn = "250591960";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Delivers_on_the_legal_basis_and_on_consent_only_while_it_lasts()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath(), withSignals: true);
        var housing = hub.ClientFor(HousingKey);
        var police = hub.ClientFor(PoliceKey);
        var municipality = hub.ClientFor(MunicipalityKey);
        var agency = hub.ClientFor(JobAgencyKey);

        // 1. Rent arrears: the debt team gets amount and since (not reminders-sent) on the debt-help law; the job agency, without consent, nothing.
        var arrears = await Raise(housing, "rent-arrears-1", new SignalRequest
        {
            Bsn = TenantBsn,
            Category = "rent-arrears",
            Details = new Dictionary<string, string> { ["amount"] = "1250.00", ["since"] = "2026-03-01", ["reminders-sent"] = "2" },
            OccurredOn = Today,
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
        var nuisance = new SignalRequest
        {
            Bsn = YoungsterBsn,
            Category = "youth-nuisance",
            Details = new Dictionary<string, string> { ["incident-date"] = Today.ToString("O"), ["incident-code"] = "B34", ["group-size"] = "4" },
            OccurredOn = Today,
        };
        var withoutConsent = await StatusOnceRouted(police, await Raise(police, "nuisance-1", nuisance));
        Assert.Equal("withheld", StateFor(withoutConsent, MunicipalityId));
        Assert.Equal("withheld", StateFor(withoutConsent, SchoolId));
        Assert.Equal(0, withoutConsent.Delivered);
        Assert.DoesNotContain(await Deliveries(municipality), d => d.Category == "youth-nuisance");

        // 3. The municipality records the resident's consent for youth care; the next signal is delivered.
        var consented = await municipality.Consents.RecordAsync(new ConsentRequest
        {
            Bsn = YoungsterBsn,
            Categories = ["youth-nuisance"],
            ToRole = "municipality",
            Purpose = "youth-care",
            ValidUntil = Today.AddYears(1),
        });
        Assert.Equal(HttpStatusCode.Accepted, municipality.LastStatus);
        var consentId = consented.ConsentId;
        Assert.NotEqual(Guid.Empty, consentId);
        // Refused (403) until the signals service holds something that makes the youngster the municipality's resident.
        await Eventually.True(async () => (await HubPartner.Found(() => Disclosures(municipality, YoungsterBsn)))?.Consents.Any(c => c.ConsentId == consentId) == true,
            "the signals service recorded the consent");

        var withConsent = await StatusOnceRouted(police, await Raise(police, "nuisance-2", nuisance));
        Assert.Equal("delivered", StateFor(withConsent, MunicipalityId));
        Assert.Equal("withheld", StateFor(withConsent, SchoolId));
        var youthCare = Assert.Single(await Deliveries(municipality), d => d.Category == "youth-nuisance");
        Assert.Equal("consent", youthCare.Basis);
        Assert.Equal("youth-care", youthCare.Purpose);
        Assert.Equal(["incident-code", "incident-date"], youthCare.Details.Keys.Order(StringComparer.Ordinal));
        await Acknowledge(municipality, youthCare.DeliveryId);

        // Another municipality can neither revoke this resident's consent nor read who received their data.
        var rotterdam = hub.ClientFor(RotterdamKey);
        await rotterdam.Consents.RevokeAsync(new ConsentRevocationRequest { Bsn = YoungsterBsn, ConsentId = consentId });
        await Eventually.True(() => hub.Signals.OutputText.Contains($"Revocation by {RotterdamId} ignored", StringComparison.Ordinal),
            "the signals service ignored the other municipality's revocation");
        Assert.Null((await Disclosures(municipality, YoungsterBsn)).Consents.Single(c => c.ConsentId == consentId).RevokedAt);
        var refused = await Assert.ThrowsAsync<Refit.ValidationApiException>(() => rotterdam.SubjectAccess.RequestAsync(new SubjectAccessRequest { Bsn = YoungsterBsn }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        // 4. After the revocation the next one is withheld again.
        await municipality.Consents.RevokeAsync(new ConsentRevocationRequest { Bsn = YoungsterBsn, ConsentId = consentId });
        Assert.Equal(HttpStatusCode.Accepted, municipality.LastStatus);
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

        // 5. The debt team reports that help started; the housing corporation sees the municipality as handled, with that outcome.
        await municipality.Signals.ReportOutcomeAsync(debtHelp.DeliveryId, new OutcomeRequest { Outcome = "help-started", Note = "Budget coaching started." });
        Assert.Equal(HttpStatusCode.Accepted, municipality.LastStatus);
        SignalStatus handled = null!;
        await Eventually.True(async () =>
        {
            handled = await housing.Signals.GetStatusAsync(arrears);
            return StateFor(handled, MunicipalityId) == "handled";
        }, "the housing corporation sees the debt team's outcome");
        var debtTeam = Assert.Single(handled.Recipients, r => r.OrganisationId == MunicipalityId);
        Assert.Equal("help-started", debtTeam.Outcome);
        Assert.NotNull(debtTeam.AcknowledgedAt);
        Assert.Equal((1, 1), (handled.Handled, handled.Delivered));
        Assert.Equal("withheld", StateFor(handled, JobAgencyId));
        var closed = Assert.Single((await municipality.Signals.GetDeliveriesAsync(includeAcknowledged: true, maxCount: 500)).Deliveries,
            d => d.DeliveryId == debtHelp.DeliveryId);
        Assert.Equal("help-started", closed.Outcome);

        // The scan below sees the services' logs: the router logged its decisions.
        Assert.Contains("routed under policy", hub.Signals.OutputText, StringComparison.Ordinal);
        foreach (var service in hub.Processes)
        {
            BsnScanner.AssertNone(service.OutputText, "a service's output");
        }
    }

    private static async Task<Guid> Raise(HubPartner partner, string idempotencyKey, SignalRequest signal)
    {
        var receipt = await partner.Signals.RaiseAsync(signal, idempotencyKey);
        Assert.Equal(HttpStatusCode.Accepted, partner.LastStatus);
        Assert.Equal($"/api/v1/commands/{receipt.CommandId}", partner.LastLocation);
        return receipt.SignalId;
    }

    /// <summary>The sender's view once the signals service has routed the signal (404 before that).</summary>
    private static async Task<SignalStatus> StatusOnceRouted(HubPartner sender, Guid signalId)
    {
        SignalStatus? status = null;
        await Eventually.True(async () => (status = await HubPartner.Found(() => sender.Signals.GetStatusAsync(signalId))) is not null,
            $"signal {signalId} is routed");
        Assert.Equal(HttpStatusCode.OK, sender.LastStatus);
        Assert.Equal("routed", status!.State);
        Assert.Equal(signalId, status.SignalId);
        return status;
    }

    private static string StateFor(SignalStatus status, string organisationId) =>
        Assert.Single(status.Recipients, r => r.OrganisationId == organisationId).State;

    private static async Task<IReadOnlyList<DeliveryView>> Deliveries(HubPartner recipient) =>
        (await recipient.Signals.GetDeliveriesAsync()).Deliveries;

    /// <summary>Acknowledges a delivery and waits until it has left the recipient's list of new deliveries.</summary>
    private static async Task Acknowledge(HubPartner recipient, Guid deliveryId)
    {
        await recipient.Signals.AcknowledgeAsync(new AcknowledgementRequest { DeliveryIds = [deliveryId] });
        Assert.Equal(HttpStatusCode.Accepted, recipient.LastStatus);
        await Eventually.True(async () => (await Deliveries(recipient)).All(d => d.DeliveryId != deliveryId), "the acknowledged delivery left the list");
    }

    private static async Task<SubjectDisclosures> Disclosures(HubPartner municipality, string bsn)
    {
        var disclosures = await municipality.SubjectAccess.RequestAsync(new SubjectAccessRequest { Bsn = bsn });
        Assert.Equal(HttpStatusCode.OK, municipality.LastStatus);
        return disclosures;
    }
}
