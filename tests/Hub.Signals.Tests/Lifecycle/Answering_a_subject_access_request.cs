using Hub.Contracts.Signals;
using MassTransit;

namespace Hub.Signals.Tests.Lifecycle;

public sealed class Answering_a_subject_access_request
{
    private static readonly string Resident = Messages.Subject('a');
    private static readonly string Neighbour = Messages.Subject('d');

    [Fact]
    public async Task Lists_who_received_which_category_when_and_on_which_basis()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        var consent = Messages.Consent(Resident, "youth-nuisance", toOrganisation: Partners.Municipality);
        await hub.Send(consent);
        await hub.Send(Messages.RentArrears(Resident));
        await hub.Send(Messages.YouthNuisance(Resident));
        await hub.Send(Messages.RentArrears(Neighbour));

        var answer = await hub.Ask<GetSubjectDisclosures, SubjectDisclosures>(new GetSubjectDisclosures { SubjectPseudonym = Resident, RequestedBy = Partners.Municipality, RequestedByRole = "municipality" });

        var seen = answer.Disclosures.Select(d => (d.RecipientName, d.Category, d.Basis)).ToList();
        Assert.Equal(
            new[]
            {
                ("Gemeente Leeuwarden (example)", "rent-arrears", "wgs-debt-help"),
                ("Gemeente Leeuwarden (example)", "youth-nuisance", "consent"),
                ("Gemeente Leeuwarden (example)", "multi-problem", "youth-risk-index"),
                ("Elkien (example)", "multi-problem", "youth-risk-index"),
                ("Politie Leeuwarden (example)", "multi-problem", "youth-risk-index"),
            }.Order(),
            seen.Order());
        Assert.All(answer.Disclosures, d => Assert.InRange(d.DisclosedAt, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1)));
        Assert.Equal(consent.ConsentId, Assert.Single(answer.Consents).ConsentId);
    }

    [Fact]
    public async Task Lists_what_recipients_got_about_the_resident_as_anothers_household_member()
    {
        var partner = Messages.Subject('e');
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        await hub.Send(Messages.RentArrears(Resident) with { HouseholdPseudonym = partner });

        var answer = await hub.Ask<GetSubjectDisclosures, SubjectDisclosures>(new GetSubjectDisclosures { SubjectPseudonym = partner, RequestedBy = Partners.Municipality, RequestedByRole = "municipality" });

        var disclosure = Assert.Single(answer.Disclosures);
        Assert.Equal(("rent-arrears", "wgs-debt-help", true), (disclosure.Category, disclosure.Basis, disclosure.AsHouseholdMember));
        var residents = await hub.Ask<GetSubjectDisclosures, SubjectDisclosures>(new GetSubjectDisclosures { SubjectPseudonym = Resident, RequestedBy = Partners.Municipality, RequestedByRole = "municipality" });
        Assert.False(Assert.Single(residents.Disclosures).AsHouseholdMember);
    }

    [Fact]
    public async Task Refuses_a_role_the_policy_does_not_name()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        await hub.Send(Messages.RentArrears(Resident));

        var answer = await hub.Ask<GetSubjectDisclosures, SubjectDisclosures, SubjectAccessRefused>(new GetSubjectDisclosures { SubjectPseudonym = Resident, RequestedBy = Partners.Police, RequestedByRole = "police" });

        Assert.True(answer.Is(out Response<SubjectAccessRefused>? _));
    }
}
