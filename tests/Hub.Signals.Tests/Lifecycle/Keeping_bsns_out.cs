using System.Text.Json;
using Hub.Contracts.Signals;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Signals.Tests.Lifecycle;

public sealed class Keeping_bsns_out
{
    private const string Bsn = "883235912";
    private static readonly string Resident = Messages.Subject('a');

    [Fact]
    public async Task No_published_message_stored_record_or_log_line_holds_a_bsn()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        await hub.Send(Messages.Consent(Resident, "youth-nuisance", toOrganisation: Partners.Municipality));
        var smuggled = Messages.RentArrears(Resident) with { Details = new Dictionary<string, string> { ["amount"] = "1250", ["reminders-sent"] = "BSN 8832.35.912" } };
        await hub.Send(smuggled);
        var plain = Messages.SchoolAbsence(Resident) with { Details = new Dictionary<string, string> { ["hours"] = Bsn } };
        await hub.Send(plain);
        await hub.Send(Messages.RentArrears(Resident));
        await hub.Send(Messages.YouthNuisance(Resident));
        await hub.Send(Messages.SchoolAbsence(Resident));

        // What the service published (the test's own SignalRaised messages carry the smuggled numbers, by design).
        var texts = hub.Harness.Published.Select(m => m.MessageType != typeof(SignalRaised)).Select(m => JsonSerializer.Serialize(m.MessageObject)).ToList();
        texts.AddRange(await hub.Query(async db =>
            (await db.DisclosureLog.ToListAsync()).Select(e => JsonSerializer.Serialize(e))
            .Concat((await db.Deliveries.ToListAsync()).Select(d => JsonSerializer.Serialize(d)))
            .Concat((await db.Signals.ToListAsync()).Select(s => JsonSerializer.Serialize(s)))
            .Concat((await db.CaseNotifications.ToListAsync()).Select(n => n.Body)).ToList()));
        texts.AddRange(hub.Logs.Lines);

        Assert.Contains(texts, t => t.Contains("SignalDelivered", StringComparison.Ordinal) || t.Contains("wgs-debt-help", StringComparison.Ordinal));
        Assert.True(hub.Published<MultiProblemDetected>().Count > 0 && texts.Count > 20);
        BsnScanner.AssertNone(string.Join('\n', texts), "the signals service's messages, records and log");
        var status = await hub.Ask<GetSignalStatus, SignalStatus>(Messages.Status(smuggled));
        Assert.Equal(("rejected", "field 'reminders-sent' holds a number that looks like a BSN"), (status.State, status.RejectionReason));
        Assert.Equal("rejected", (await hub.Ask<GetSignalStatus, SignalStatus>(Messages.Status(plain))).State);
    }
}
