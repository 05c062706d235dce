using Hub.Contracts.Signals;
using Hub.Signals.Access;
using Hub.Signals.Storage;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Signals.Tests.Lifecycle;

/// <summary>
/// Two municipalities on one Hub: each reads who received its own residents' data and revokes their consents, never the
/// other's; every subject access request is in the disclosure log with who asked.
/// </summary>
public sealed class Keeping_residents_to_their_municipality
{
    /// <summary>Gemeente Rotterdam of the demo policy (areas: rotterdam-zuid).</summary>
    private const string Rotterdam = "00000001002220647000";
    private static readonly string Resident = Messages.Subject('a');

    [Fact]
    public async Task Subject_access_by_another_municipality_is_refused_and_both_requests_are_logged()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        await hub.Send(Messages.RentArrears(Resident));

        var byRotterdam = await hub.Ask<GetSubjectDisclosures, SubjectDisclosures, SubjectAccessRefused>(Request(Rotterdam));
        var byLeeuwarden = await hub.Ask<GetSubjectDisclosures, SubjectDisclosures, SubjectAccessRefused>(Request(Partners.Municipality));

        Assert.True(byRotterdam.Is(out Response<SubjectAccessRefused>? refused), "another municipality read the resident's disclosures");
        Assert.Contains("nothing that makes this resident one of yours", refused.Message.Reason, StringComparison.Ordinal);
        Assert.True(byLeeuwarden.Is(out Response<SubjectDisclosures>? answered));
        Assert.Contains(answered.Message.Disclosures, d => d.Category == "rent-arrears");
        Assert.DoesNotContain(answered.Message.Disclosures, d => d.Category == SubjectAccess.Category);
        var requests = await hub.Query(db => db.DisclosureLog.Where(e => e.Decision == DisclosureDecision.SubjectAccess).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([Rotterdam, Partners.Municipality], requests.Select(e => e.RecipientOrganisation));
        Assert.StartsWith("refused:", requests[0].Reason, StringComparison.Ordinal);
        Assert.Equal("answered", requests[1].Reason);
        Assert.All(requests, e => Assert.Equal(Resident, e.SubjectPseudonym));
    }

    [Fact]
    public async Task A_consent_is_revoked_by_the_residents_municipality_not_by_another()
    {
        await using var hub = new SignalsHost();
        await hub.StartAsync();
        var consent = Messages.Consent(Resident, "youth-nuisance", toOrganisation: Partners.Municipality);
        await hub.Send(consent);

        await hub.Send(Messages.Revocation(Resident, consent.ConsentId) with { RevokedBy = Rotterdam });
        Assert.Null(await hub.Query(db => db.Consents.Where(c => c.Id == consent.ConsentId).Select(c => c.RevokedAt).SingleAsync()));

        await hub.Send(Messages.Revocation(Resident, consent.ConsentId));
        Assert.Equal(Partners.Municipality, await hub.Query(db => db.Consents.Where(c => c.Id == consent.ConsentId).Select(c => c.RevokedBy).SingleAsync()));
    }

    private static GetSubjectDisclosures Request(string municipality) =>
        new() { SubjectPseudonym = Resident, RequestedBy = municipality, RequestedByRole = "municipality" };

}
