using System.Text.Json;
using Hub.Contracts.Signals;
using MassTransit;

namespace Hub.Signals.Tests.Lifecycle;

public sealed class Reporting_an_outcome
{
    private const string PrivateNote = "Gezin heeft schulden bij drie schuldeisers";
    private static readonly string Resident = Messages.Subject('a');

    [Fact]
    public async Task The_sender_sees_handled_and_the_outcome_but_never_the_note_or_why_it_was_withheld()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        var signal = Messages.RentArrears(Resident);
        await hub.Send(signal);
        var delivery = Assert.Single(hub.Published<SignalDelivered>());
        var before = await hub.Ask<GetSignalStatus, SignalStatus>(Messages.Status(signal));
        Assert.Equal((1, 1, 0), (before.Delivered, before.Withheld, before.Handled));

        await hub.Send(new SignalOutcomeReported { DeliveryId = delivery.DeliveryId, ReportedBy = Partners.Municipality, Outcome = "other", Note = PrivateNote, ReportedAt = DateTime.UtcNow });

        var status = await hub.Ask<GetSignalStatus, SignalStatus>(Messages.Status(signal));
        Assert.Equal((1, 1, 1), (status.Delivered, status.Withheld, status.Handled));
        Assert.Equal([("Gemeente Leeuwarden (example)", "handled", "other"), ("Werkplein Leeuwarden (example job agency)", "withheld", null)],
            status.Recipients.Select(r => (r.Name, r.State, r.Outcome)));
        var json = JsonSerializer.Serialize(status);
        Assert.DoesNotContain(PrivateNote, json, StringComparison.Ordinal);
        Assert.DoesNotContain("consent", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_recipient_reports_and_only_the_sender_reads_the_status()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        var signal = Messages.RentArrears(Resident);
        await hub.Send(signal);
        var delivery = Assert.Single(hub.Published<SignalDelivered>());

        await hub.Send(new SignalOutcomeReported { DeliveryId = delivery.DeliveryId, ReportedBy = Partners.Police, Outcome = "unjustified", ReportedAt = DateTime.UtcNow });

        Assert.Equal(0, (await hub.Ask<GetSignalStatus, SignalStatus>(Messages.Status(signal))).Handled);
        var other = await hub.Ask<GetSignalStatus, SignalStatus, SignalNotFound>(Messages.Status(signal) with { RequestedBy = Partners.WoonFriesland });
        Assert.True(other.Is(out Response<SignalNotFound>? _));
    }

    [Fact]
    public async Task A_recipient_pulls_new_deliveries_and_acknowledges_them()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        await hub.Send(Messages.RentArrears(Resident));
        await hub.Send(Messages.RentArrears(Messages.Subject('d')));
        var pull = new GetDeliveries { RecipientOrganisation = Partners.Municipality };
        var fresh = (await hub.Ask<GetDeliveries, DeliveryList>(pull)).Deliveries;
        Assert.Equal(2, fresh.Count);

        await hub.Send(new DeliveriesAcknowledged { RecipientOrganisation = Partners.Municipality, DeliveryIds = [fresh[0].DeliveryId], AcknowledgedAt = DateTime.UtcNow });

        Assert.Equal([fresh[1].DeliveryId], (await hub.Ask<GetDeliveries, DeliveryList>(pull)).Deliveries.Select(d => d.DeliveryId));
        Assert.Equal(2, (await hub.Ask<GetDeliveries, DeliveryList>(pull with { IncludeAcknowledged = true })).Deliveries.Count);
    }
}
