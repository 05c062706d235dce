using System.Text.Json;
using Hub.Contracts.Signals;
using Hub.Signals.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Signals.Tests.Lifecycle;

public sealed class Detecting_a_multi_problem_case
{
    private static readonly string Resident = Messages.Subject('c');

    [Fact]
    public async Task Tells_the_coordinator_and_the_partners_who_is_involved_without_any_content()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();

        await hub.Send(Messages.RentArrears(Resident));
        await hub.Send(Messages.YouthNuisance(Resident));

        var notices = hub.Published<MultiProblemDetected>().ToDictionary(n => n.RecipientOrganisation);
        Assert.Equal(new[] { Partners.Municipality, Partners.Police, Partners.Elkien }.Order(), notices.Keys.Order());
        Assert.True(notices[Partners.Municipality].AsCoordinator);
        Assert.Equal(new[] { Partners.Elkien, Partners.Police }.Order(), notices[Partners.Municipality].OthersInvolved.Select(p => p.OrganisationId).Order());
        Assert.Equal(new[] { Partners.Municipality, Partners.Police }.Order(), notices[Partners.Elkien].OthersInvolved.Select(p => p.OrganisationId).Order());
        Assert.Contains(notices[Partners.Elkien].OthersInvolved, p => p.Contact == "wijkagent-oost@politie.example");
        Assert.Single(notices.Values.Select(n => n.CaseId).Distinct());
        // Each recipient gets its own pseudonym for the resident, none of them the Hub's.
        var pseudonyms = notices.Values.Select(n => Assert.Single(n.RecipientPseudonyms)).ToList();
        Assert.Equal(3, pseudonyms.Distinct().Count());
        Assert.DoesNotContain(Resident, pseudonyms);
        foreach (var json in notices.Values.Select(n => JsonSerializer.Serialize(n)))
        {
            foreach (var content in new[] { "rent-arrears", "youth-nuisance", "1250", "2025-08-01", "hanging-around", "amount", "incident" })
            {
                Assert.DoesNotContain(content, json, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Logs_each_notice_as_a_disclosure_and_serves_it_for_pulling()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        await hub.Send(Messages.RentArrears(Resident));
        await hub.Send(Messages.SchoolAbsence(Resident));

        var notified = await hub.Query(db => db.DisclosureLog.Where(e => e.Decision == DisclosureDecision.Notified).ToListAsync());
        Assert.Equal(new[] { Partners.Municipality, Partners.School, Partners.Elkien }.Order(), notified.Select(e => e.RecipientOrganisation).Order());
        Assert.All(notified, e => Assert.Equal(("multi-problem", "youth-risk-index"), (e.Category, e.Basis)));
        var pulled = await hub.Ask<GetMultiProblemCases, MultiProblemCaseList>(new GetMultiProblemCases { RecipientOrganisation = Partners.School });
        Assert.Equal(new[] { Partners.Municipality, Partners.Elkien }.Order(), Assert.Single(pulled.Cases).OthersInvolved.Select(p => p.OrganisationId).Order());
    }

    [Fact]
    public async Task Tells_again_only_when_another_organisation_joins()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        await hub.Send(Messages.RentArrears(Resident));
        await hub.Send(Messages.YouthNuisance(Resident));
        await hub.Send(Messages.YouthNuisance(Resident));
        Assert.Equal(3, hub.Published<MultiProblemDetected>().Count);

        await hub.Send(Messages.SchoolAbsence(Resident));

        Assert.Equal(7, hub.Published<MultiProblemDetected>().Count);
        Assert.Single(hub.Published<MultiProblemDetected>().Select(n => n.CaseId).Distinct());
    }

    [Fact]
    public async Task Ignores_one_organisation_alone_and_signals_outside_the_window()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        await hub.Send(Messages.RentArrears(Resident));
        await hub.Send(Messages.RentArrears(Resident));

        hub.Clock.Advance(TimeSpan.FromDays(181));
        await hub.Send(Messages.YouthNuisance(Resident));

        Assert.Empty(hub.Published<MultiProblemDetected>());
    }

    [Fact]
    public async Task Matches_housemates_on_their_household()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        var household = Messages.Subject('e');

        await hub.Send(Messages.RentArrears(Messages.Subject('f')) with { HouseholdPseudonym = household });
        await hub.Send(Messages.SchoolAbsence(Messages.Subject('d')) with { HouseholdPseudonym = household });

        var notices = hub.Published<MultiProblemDetected>().ToDictionary(n => n.RecipientOrganisation);
        Assert.Equal(2, notices[Partners.Municipality].RecipientPseudonyms.Count);
        Assert.Single(notices[Partners.School].RecipientPseudonyms);
        Assert.Single(notices[Partners.Elkien].RecipientPseudonyms);
    }
}
