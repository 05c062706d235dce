using Hub.Contracts.Signals;
using Hub.Signals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Signals.Tests.Lifecycle;

public sealed class Sharing_youth_nuisance_on_consent
{
    private static readonly string Youth = Messages.Subject('b');

    [Fact]
    public async Task Withholds_without_consent_delivers_with_it_and_withholds_again_after_revocation()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();

        var before = Messages.YouthNuisance(Youth);
        await hub.Send(before);
        var consent = Messages.Consent(Youth, "youth-nuisance", toOrganisation: Partners.Municipality);
        await hub.Send(consent);
        var during = Messages.YouthNuisance(Youth);
        await hub.Send(during);
        await hub.Send(Messages.Revocation(Youth, consent.ConsentId));
        var after = Messages.YouthNuisance(Youth);
        await hub.Send(after);

        var toMunicipality = await hub.Query(db => db.DisclosureLog.Where(e => e.RecipientOrganisation == Partners.Municipality).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            [(before.SignalId, DisclosureDecision.Withheld, "no-consent"), (during.SignalId, DisclosureDecision.Delivered, null), (after.SignalId, DisclosureDecision.Withheld, "consent-revoked")],
            toMunicipality.Select(e => (e.SignalId!.Value, e.Decision, e.Reason)));
        Assert.Equal(consent.ConsentId, toMunicipality[1].ConsentId);
        var delivered = Assert.Single(hub.Published<SignalDelivered>());
        Assert.Equal(("consent", "youth-care"), (delivered.Basis, delivered.Purpose));
        Assert.Equal(["incident-code", "incident-date"], delivered.Details.Keys.Order());
        // The school never had consent: withheld all three times.
        Assert.Equal(3, hub.Published<SignalWithheld>().Count(w => w.RecipientOrganisation == Partners.School));
    }

    [Fact]
    public async Task A_consent_for_a_role_covers_every_organisation_of_that_role()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        await hub.Send(Messages.Consent(Youth, "youth-nuisance", toRole: "school"));

        await hub.Send(Messages.YouthNuisance(Youth));

        var delivered = Assert.Single(hub.Published<SignalDelivered>());
        Assert.Equal((Partners.School, "consent"), (delivered.RecipientOrganisation, delivered.Basis));
        Assert.Equal(["incident-date"], delivered.Details.Keys);
    }

    [Fact]
    public async Task An_expired_consent_or_one_for_another_purpose_does_not_count()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        await hub.Send(Messages.Consent(Youth, "youth-nuisance", toOrganisation: Partners.Municipality, validFor: TimeSpan.FromDays(1)));
        await hub.Send(Messages.Consent(Youth, "youth-nuisance", toRole: "school", purpose: "debt-help"));

        hub.Clock.Advance(TimeSpan.FromDays(2));
        await hub.Send(Messages.YouthNuisance(Youth));

        Assert.Empty(hub.Published<SignalDelivered>());
        Assert.Equal([(Partners.Municipality, "consent-expired"), (Partners.School, "no-consent")],
            hub.Published<SignalWithheld>().Select(w => (w.RecipientOrganisation, w.Reason)).OrderBy(w => w.Reason));
    }

    [Fact]
    public async Task Only_an_authorised_role_records_consent()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        await hub.Send(Messages.Consent(Youth, "youth-nuisance", toOrganisation: Partners.Municipality) with { RecordedBy = Partners.Police, RecordedByRole = "police" });

        await hub.Send(Messages.YouthNuisance(Youth));

        Assert.Empty(hub.Published<SignalDelivered>());
        Assert.Equal(0, await hub.Query(db => db.Consents.CountAsync()));
    }

    [Fact]
    public async Task A_revocation_that_overtakes_its_consent_keeps_the_consent_out()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        var consent = Messages.Consent(Youth, "youth-nuisance", toOrganisation: Partners.Municipality);

        await hub.Send(Messages.Revocation(Youth, consent.ConsentId));
        await hub.Send(consent);
        await hub.Send(Messages.YouthNuisance(Youth));

        Assert.Empty(hub.Published<SignalDelivered>());
        Assert.Contains(hub.Published<SignalWithheld>(), w => w.RecipientOrganisation == Partners.Municipality);
        Assert.Empty(await hub.Query(db => db.Consents.Where(c => c.RevokedAt == null).ToListAsync()));
    }
}
