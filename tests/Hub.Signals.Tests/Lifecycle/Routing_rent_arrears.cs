using Hub.Contracts.Signals;
using Hub.Signals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Signals.Tests.Lifecycle;

public sealed class Routing_rent_arrears
{
    private static readonly string Resident = Messages.Subject('a');

    [Fact]
    public async Task Reaches_the_debt_team_on_the_legal_basis_with_only_the_allowed_fields()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();

        var signal = Messages.RentArrears(Resident);
        await hub.Send(signal);

        var delivered = Assert.Single(hub.Published<SignalDelivered>());
        Assert.Equal(Partners.Municipality, delivered.RecipientOrganisation);
        Assert.Equal("wgs-debt-help", delivered.Basis);
        Assert.Equal(new Dictionary<string, string> { ["amount"] = "1250.00", ["since"] = "2025-08-01" }, delivered.Details);
        Assert.StartsWith("rp-", delivered.RecipientPseudonym, StringComparison.Ordinal);
        Assert.Equal("Elkien (example)", delivered.SenderName);
        var pulled = Assert.Single((await hub.Ask<GetDeliveries, DeliveryList>(new GetDeliveries { RecipientOrganisation = Partners.Municipality })).Deliveries);
        Assert.Equal(delivered.Details, pulled.Details);
        Assert.Empty((await hub.Ask<GetDeliveries, DeliveryList>(new GetDeliveries { RecipientOrganisation = Partners.School })).Deliveries);
    }

    [Fact]
    public async Task Withholds_from_the_job_agency_without_consent_and_logs_every_decision()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();

        var signal = Messages.RentArrears(Resident);
        await hub.Send(signal);

        var withheld = Assert.Single(hub.Published<SignalWithheld>());
        Assert.Equal((Partners.JobAgency, "no-consent"), (withheld.RecipientOrganisation, withheld.Reason));
        var log = await hub.Query(db => db.DisclosureLog.OrderBy(e => e.RecipientOrganisation).ToListAsync());
        Assert.Equal([(Partners.Municipality, DisclosureDecision.Delivered, "wgs-debt-help", (string?)null), (Partners.JobAgency, DisclosureDecision.Withheld, null, "no-consent")],
            log.Select(e => (e.RecipientOrganisation, e.Decision, e.Basis, e.Reason)).OrderByDescending(e => e.Decision == DisclosureDecision.Delivered));
        Assert.All(log, e => Assert.Equal("2025-11-demo-1", e.PolicyVersion));
        Assert.All(log, e => Assert.Matches("^[0-9a-f]{32}$", e.TraceId));
        Assert.All(log, e => Assert.Equal(Resident, e.SubjectPseudonym));
    }

    [Fact]
    public async Task Gives_each_recipient_its_own_stable_pseudonym()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        await hub.Send(Messages.Consent(Resident, "rent-arrears", toRole: "job-agency", purpose: "income-support"));

        await hub.Send(Messages.RentArrears(Resident));
        await hub.Send(Messages.RentArrears(Resident));

        var byRecipient = hub.Published<SignalDelivered>().GroupBy(d => d.RecipientOrganisation).ToDictionary(g => g.Key, g => g.Select(d => d.RecipientPseudonym).Distinct().Single());
        Assert.Equal(2, byRecipient.Count);
        Assert.NotEqual(byRecipient[Partners.Municipality], byRecipient[Partners.JobAgency]);
        Assert.DoesNotContain(byRecipient.Values, p => p.Contains(Resident[3..], StringComparison.Ordinal));
        var links = await hub.Query(db => db.PseudonymLinks.ToListAsync());
        Assert.All(links, l => Assert.Equal(Resident, l.SubjectPseudonym));
        Assert.Equal(2, links.Count);
    }

    [Fact]
    public async Task Rejects_a_field_the_policy_does_not_know_and_tells_the_sender()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();

        var signal = Messages.RentArrears(Resident) with { Details = new Dictionary<string, string> { ["amount"] = "10", ["tenant-name"] = "J. Jansen" } };
        await hub.Send(signal);

        Assert.Empty(hub.Published<SignalDelivered>());
        var status = await hub.Ask<GetSignalStatus, SignalStatus>(Messages.Status(signal));
        Assert.Equal(("rejected", "field 'tenant-name' is not a field of rent-arrears"), (status.State, status.RejectionReason));
        Assert.Null(await hub.Query(db => db.Signals.Select(s => s.SubjectPseudonym).SingleAsync()));
    }
}
