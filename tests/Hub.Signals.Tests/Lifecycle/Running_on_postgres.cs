using Hub.Contracts.Signals;
using Hub.Signals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Signals.Tests.Lifecycle;

/// <summary>The same code path on PostgreSQL, where decisions and consent changes serialise on advisory locks.</summary>
public sealed class Running_on_postgres(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly string Youth = Messages.Subject('b');

    [Fact]
    public async Task Consent_revocation_matching_access_and_purge_work_as_on_sqlite()
    {
        await using var hub = new SignalsHost(postgres.Settings());
        await hub.StartAsync();
        Assert.True(await hub.Query(db => Task.FromResult(db.Database.IsNpgsql())));

        var consent = Messages.Consent(Youth, "youth-nuisance", toOrganisation: Partners.Municipality);
        await hub.Send(consent);
        await hub.Send(Messages.YouthNuisance(Youth));
        await hub.Send(Messages.Revocation(Youth, consent.ConsentId));
        await hub.Send(Messages.YouthNuisance(Youth));
        await hub.Send(Messages.RentArrears(Youth));

        var decisions = await hub.Query(db => db.DisclosureLog.Where(e => e.RecipientOrganisation == Partners.Municipality && e.Category == "youth-nuisance").OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([(DisclosureDecision.Delivered, null), (DisclosureDecision.Withheld, "consent-revoked")], decisions.Select(e => (e.Decision, e.Reason)));
        Assert.Equal(3, hub.Published<MultiProblemDetected>().Count);
        var access = await hub.Ask<GetSubjectDisclosures, SubjectDisclosures>(new GetSubjectDisclosures { SubjectPseudonym = Youth, RequestedBy = Partners.Municipality, RequestedByRole = "municipality" });
        Assert.Contains(access.Disclosures, d => d.Category == "rent-arrears" && d.Basis == "wgs-debt-help");

        var raised = (await hub.Ask<GetRaisedSignals, SignalList>(Messages.RaisedBy(Partners.Elkien))).Signals;
        Assert.Equal([("rent-arrears", 2, 1)], raised.Select(s => (s.Category, s.Recipients, s.Delivered)));
        Assert.Equal(2, (await hub.Ask<GetRaisedSignals, SignalList>(Messages.RaisedBy(Partners.Police))).Signals.Count);

        hub.Clock.Advance(TimeSpan.FromDays(366));
        Assert.Equal(1, (await hub.Purge()).Of("signals", "rent-arrears"));
    }
}
