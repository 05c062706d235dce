using System.Text.Json;
using Hub.Contracts.Signals;
using Hub.Signals.Storage;

namespace Hub.Signals.Tests.Lifecycle;

public sealed class Listing_raised_signals
{
    private static readonly string Resident = Messages.Subject('a');
    private static readonly string Neighbour = Messages.Subject('d');

    [Fact]
    public async Task Lists_only_the_senders_signals_newest_first_with_counts_and_nothing_about_the_resident_or_why()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        var older = Messages.RentArrears(Resident) with { RaisedAt = DateTime.UtcNow.AddHours(-2) };
        var newer = Messages.RentArrears(Neighbour) with { RaisedAt = DateTime.UtcNow.AddHours(-1) };
        var others = Messages.RentArrears(Resident, from: Partners.WoonFriesland);
        await hub.Send(older);
        await hub.Send(newer);
        await hub.Send(others);

        var listed = (await hub.Ask<GetRaisedSignals, SignalList>(Messages.RaisedBy(Partners.Elkien))).Signals;

        // Delivered to the municipality, withheld from the job agency (no consent): as the sender's status counts them.
        Assert.Equal([(newer.SignalId, "routed", 2, 1), (older.SignalId, "routed", 2, 1)], listed.Select(s => (s.SignalId, s.State, s.Recipients, s.Delivered)));
        var status = await hub.Ask<GetSignalStatus, SignalStatus>(Messages.Status(older));
        Assert.Equal((status.Delivered + status.Withheld, status.Delivered), (listed[1].Recipients, listed[1].Delivered));
        Assert.Equal(("rent-arrears", older.OccurredOn), (listed[1].Category, listed[1].OccurredOn));
        var json = JsonSerializer.Serialize(listed);
        Assert.DoesNotContain("ps-", json, StringComparison.Ordinal);
        Assert.DoesNotContain("consent", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Partners.JobAgency, json, StringComparison.Ordinal);
        Assert.Equal([others.SignalId], (await hub.Ask<GetRaisedSignals, SignalList>(Messages.RaisedBy(Partners.WoonFriesland))).Signals.Select(s => s.SignalId));
        Assert.Empty((await hub.Ask<GetRaisedSignals, SignalList>(Messages.RaisedBy(Partners.Municipality))).Signals);
    }

    [Fact]
    public async Task Counts_a_handled_delivery_as_delivered_and_shows_a_rejected_signal_as_rejected()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        var handled = Messages.RentArrears(Resident) with { RaisedAt = DateTime.UtcNow.AddHours(-1) };
        var rejected = Messages.RentArrears(Neighbour) with { Details = new Dictionary<string, string> { ["tenant-name"] = "J. Jansen" } };
        await hub.Send(handled);
        await hub.Send(rejected);
        var delivery = Assert.Single(hub.Published<SignalDelivered>());
        await hub.Send(new SignalOutcomeReported { DeliveryId = delivery.DeliveryId, ReportedBy = Partners.Municipality, Outcome = "help-started", ReportedAt = DateTime.UtcNow });

        var listed = (await hub.Ask<GetRaisedSignals, SignalList>(Messages.RaisedBy(Partners.Elkien))).Signals;

        Assert.Equal([(rejected.SignalId, "rejected", 0, 0), (handled.SignalId, "routed", 2, 1)], listed.Select(s => (s.SignalId, s.State, s.Recipients, s.Delivered)));
    }

    [Fact]
    public async Task Lists_at_most_200_the_newest()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var ids = Enumerable.Range(0, 205).Select(_ => Guid.NewGuid()).ToList();
        await hub.Query(async db =>
        {
            db.Signals.AddRange(ids.Select((id, i) => new RaisedSignal
            {
                Id = id, Category = "rent-arrears", RaisedBy = Partners.Elkien, PolicyVersion = "test", State = SignalState.Routed,
                OccurredOn = DateOnly.FromDateTime(start), RaisedAt = start.AddMinutes(i), ReceivedAt = start.AddMinutes(i), ExpiresAt = start.AddYears(5),
            }));
            return await db.SaveChangesAsync();
        });

        var listed = (await hub.Ask<GetRaisedSignals, SignalList>(Messages.RaisedBy(Partners.Elkien))).Signals;

        Assert.Equal(ids.AsEnumerable().Reverse().Take(200), listed.Select(s => s.SignalId));
    }
}
