using System.Net;
using Hub.Client.Models;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>
/// The fast route to work over RabbitMQ: the job agency registers job seekers, an employer posts a
/// recovery vacancy, proposals appear with reasons, one is accepted and hired, and the area figures count it.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class Matching_a_recovery_vacancy_end_to_end(SystemRig rig, ITestOutputHelper output)
{
    private const string AgencyKey = "demo-jobagency-key-werkplein";
    private const string MunicipalityKey = "demo-municipality-key-leeuwarden";
    // Example BSNs that pass the 11-check; they must never leave the gateway.
    private const string ResidentBsn = "111222333";
    private const string OutsiderBsn = "123456782";

    [Fact]
    public async Task Proposes_area_residents_first_and_counts_the_placement()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath());
        var agency = hub.ClientFor(AgencyKey);
        var employer = hub.ClientFor(SampleVacancies.EmployerKey);

        var resident = await Register(agency, ResidentBsn, "8924 AB");
        var outsider = await Register(agency, OutsiderBsn, "8911 AA");
        var posted = await employer.Vacancies.PublishAsync(SampleVacancies.Request("Monteur herstelbaan"));
        Assert.Equal(HttpStatusCode.Accepted, employer.LastStatus);

        IReadOnlyList<ProposalView> proposals = [];
        await Eventually.True(async () =>
        {
            proposals = (await HubPartner.Found(() => employer.Proposals.GetForVacancyAsync(posted.VacancyId)))?.Proposals ?? [];
            return proposals.Count == 2;
        }, "both job seekers are proposed to the employer");
        // The employer's pseudonyms are its own: the ranking is checked through the job agency's view of each seeker.
        Assert.All(proposals, p => Assert.Matches("^pr-[0-9a-f]{32}$", p.SubjectPseudonym));
        Assert.DoesNotContain(proposals, p => p.SubjectPseudonym == resident || p.SubjectPseudonym == outsider);
        var residentsProposal = Assert.Single((await agency.JobSeekers.GetProposalsAsync(resident)).Proposals).ProposalId;
        var outsidersProposal = Assert.Single((await agency.JobSeekers.GetProposalsAsync(outsider)).Proposals).ProposalId;
        Assert.Equal([residentsProposal, outsidersProposal], proposals.Select(p => p.ProposalId));
        Assert.Contains(proposals[0].Reasons, r => r.Contains("Leeuwarden Oost", StringComparison.Ordinal));
        Assert.All(proposals, p => Assert.Null(p.Contact));

        var proposalId = proposals[0].ProposalId;
        var answered = await agency.Proposals.AnswerAsync(proposalId,
            new ProposalAnswerRequest { Accepted = true, Contact = new ContactRequest { Name = "Example Resident", Phone = "0612345678" } });
        Assert.Equal(HttpStatusCode.Accepted, agency.LastStatus);
        Assert.Equal(proposalId, answered.ProposalId);
        await Eventually.True(async () =>
        {
            var read = await employer.Proposals.GetForVacancyAsync(posted.VacancyId);
            return read.Proposals[0].Contact?.Name == "Example Resident";
        }, "the employer sees the contact once the job seeker accepted");

        var placed = await employer.Proposals.ReportPlacementAsync(proposalId,
            new PlacementRequest { Hired = true, StartDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)) });
        Assert.Equal(HttpStatusCode.Accepted, employer.LastStatus);
        Assert.Equal(proposalId, placed.ProposalId);

        var municipality = hub.ClientFor(MunicipalityKey);
        await Eventually.True(async () =>
        {
            var figures = await municipality.Figures.GetAreaFiguresAsync();
            return figures.Rows.Any(row => row.AreaId == "leeuwarden-oost" && row.Placements == 1);
        }, "the area figures count the placement");

        foreach (var service in new[] { hub.Gateway.OutputText, hub.JobMatching.OutputText })
        {
            BsnScanner.AssertNone(service, "a service's output");
        }
    }

    private static async Task<string> Register(HubPartner agency, string bsn, string postcode)
    {
        var receipt = await agency.JobSeekers.RegisterAsync(SampleJobSeekers.Request(bsn, postcode));
        Assert.Equal(HttpStatusCode.Accepted, agency.LastStatus);
        Assert.Matches("^pr-[0-9a-f]{32}$", receipt.SubjectPseudonym);
        return receipt.SubjectPseudonym;
    }
}
