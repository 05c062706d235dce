using Hub.Contracts.Signals;
using Microsoft.EntityFrameworkCore;

namespace Hub.Signals.Tests.Lifecycle;

public sealed class Purging_expired_data
{
    private static readonly string Resident = Messages.Subject('a');

    [Fact]
    public async Task Removes_signals_deliveries_and_cases_after_their_retention_and_logs_counts_only()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        var arrears = Messages.RentArrears(Resident);
        await hub.Send(arrears);
        await hub.Send(Messages.YouthNuisance(Resident));

        Assert.Equal(0, (await hub.Purge()).Total);
        hub.Clock.Advance(TimeSpan.FromDays(366));
        var report = await hub.Purge();

        // Rent arrears are kept 365 days, youth nuisance 730, multi-problem cases 365.
        Assert.Equal((1, 1, 1), (report.Of("signals", "rent-arrears"), report.Of("deliveries", "rent-arrears"), report.Of("cases")));
        Assert.Equal(0, report.Of("signals", "youth-nuisance"));
        Assert.True((await hub.Ask<GetSignalStatus, SignalNotFound, SignalStatus>(Messages.Status(arrears))).Is(out MassTransit.Response<SignalNotFound>? _));
        Assert.Empty((await hub.Ask<GetDeliveries, DeliveryList>(new GetDeliveries { RecipientOrganisation = Partners.Municipality, IncludeAcknowledged = true })).Deliveries);
        Assert.Empty((await hub.Ask<GetMultiProblemCases, MultiProblemCaseList>(new GetMultiProblemCases { RecipientOrganisation = Partners.Municipality })).Cases);
        var purgeLines = hub.Logs.Lines.Where(l => l.Contains("Retention purge", StringComparison.Ordinal)).ToList();
        Assert.Contains(purgeLines, l => l.Contains("1 signals of rent-arrears removed", StringComparison.Ordinal));
        Assert.DoesNotContain(purgeLines, l => l.Contains("ps-", StringComparison.Ordinal) || l.Contains("rp-", StringComparison.Ordinal) || l.Contains("1250", StringComparison.Ordinal));

        hub.Clock.Advance(TimeSpan.FromDays(365));
        var later = await hub.Purge();
        Assert.Equal(1, later.Of("signals", "youth-nuisance"));
        Assert.Equal((0, 0), await hub.Query(async db => (await db.DisclosureLog.CountAsync(), await db.PseudonymLinks.CountAsync())));
    }

    [Fact]
    public async Task Ends_consents_at_their_end_date_and_purges_them_after_the_grace_period()
    {
        await using var hub = new SignalsHost(new Dictionary<string, string?> { ["Hub:Signals:ConsentGracePeriod"] = "30.00:00:00" });
        await hub.StartAsync();
        await hub.Send(Messages.Consent(Resident, "youth-nuisance", toOrganisation: Partners.Municipality, validFor: TimeSpan.FromDays(10)));
        var revoked = Messages.Consent(Resident, "youth-nuisance", toRole: "school");
        await hub.Send(revoked);
        await hub.Send(Messages.Revocation(Resident, revoked.ConsentId));
        var lasting = Messages.Consent(Resident, "domestic-tension", toOrganisation: Partners.Municipality, purpose: "household-support");
        await hub.Send(lasting);

        hub.Clock.Advance(TimeSpan.FromDays(20));
        Assert.Equal(0, (await hub.Purge()).Of("consents"));
        hub.Clock.Advance(TimeSpan.FromDays(21));

        Assert.Equal(2, (await hub.Purge()).Of("consents"));
        Assert.Equal([lasting.ConsentId], await hub.Query(db => db.Consents.Select(c => c.Id).ToListAsync()));
    }
}
