using Hub.Contracts.Matching;

namespace Hub.JobMatching.Tests.Lifecycle;

public sealed class Answering_a_proposal
{
    private static readonly Dictionary<string, string?> OneSlotPerPosition = new() { ["Hub:Matching:ProposalsPerPosition"] = "1" };

    [Fact]
    public async Task A_decline_frees_the_slot_for_the_next_candidate()
    {
        await using var hub = new MatchingHost(OneSlotPerPosition);
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-first", "8924AB"));
        await hub.Send(Messages.Seeker("ps-second", "8911AA"));
        var vacancy = Messages.Vacancy(positions: 1);
        await hub.Send(vacancy);
        var first = Assert.Single(await hub.ProposalsFor(vacancy.VacancyId));
        Assert.Equal("ps-first", first.SubjectPseudonym);

        await hub.Send(Messages.Decline(first.ProposalId));

        var proposals = await hub.ProposalsFor(vacancy.VacancyId);
        Assert.Equal([("ps-first", "declined"), ("ps-second", "proposed")], proposals.Select(p => (p.SubjectPseudonym, p.Status)));
    }

    [Fact]
    public async Task An_acceptance_shares_contact_and_a_hire_counts_as_a_placement_in_the_area()
    {
        await using var hub = new MatchingHost(OneSlotPerPosition);
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-hired", "8924AB"));
        var vacancy = Messages.Vacancy(positions: 1);
        await hub.Send(vacancy);
        var proposal = Assert.Single(await hub.ProposalsFor(vacancy.VacancyId));

        await hub.Send(Messages.Accept(proposal.ProposalId));
        var accepted = Assert.Single(await hub.ProposalsFor(vacancy.VacancyId));
        Assert.Equal("Example Person", accepted.Contact?.Name);

        await hub.Send(new PlacementReported { ProposalId = proposal.ProposalId, EmployerId = MatchingHost.EmployerId, Hired = true, StartDate = Messages.Today.AddDays(14), ReportedAt = DateTime.UtcNow });

        Assert.Equal("hired", Assert.Single(await hub.ProposalsFor(vacancy.VacancyId)).Status);
        var row = Assert.Single((await hub.Figures()).Rows, r => r.AreaId == "leeuwarden-oost");
        Assert.Equal((1, 1, 1, 1), (row.Vacancies, row.Proposals, row.Acceptances, row.Placements));
    }

    [Fact]
    public async Task Another_agency_cannot_answer()
    {
        await using var hub = new MatchingHost();
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-mine", "8924AB"));
        var vacancy = Messages.Vacancy();
        await hub.Send(vacancy);
        var proposal = Assert.Single(await hub.ProposalsFor(vacancy.VacancyId));

        await hub.Send(Messages.Accept(proposal.ProposalId) with { JobAgencyId = "00000009999999999000" });

        Assert.Equal("proposed", Assert.Single(await hub.ProposalsFor(vacancy.VacancyId)).Status);
    }

    [Fact]
    public async Task An_unanswered_proposal_lapses_and_the_next_candidate_is_proposed()
    {
        await using var hub = new MatchingHost(new Dictionary<string, string?>(OneSlotPerPosition)
        {
            ["Hub:Matching:AnswerWithin"] = "00:00:01",
            ["Hub:Matching:ExpiryCheckInterval"] = "00:00:00.250",
        });
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-silent", "8924AB"));
        await hub.Send(Messages.Seeker("ps-next", "8911AA"));
        var vacancy = Messages.Vacancy(positions: 1);
        await hub.Send(vacancy);
        Assert.Equal("ps-silent", Assert.Single(await hub.ProposalsFor(vacancy.VacancyId)).SubjectPseudonym);

        IReadOnlyList<ProposalView> proposals = [];
        for (var attempt = 0; attempt < 50 && proposals.Count < 2; attempt++)
        {
            await Task.Delay(100);
            proposals = await hub.ProposalsFor(vacancy.VacancyId);
        }

        Assert.Equal([("ps-silent", "lapsed"), ("ps-next", "proposed")], proposals.Select(p => (p.SubjectPseudonym, p.Status)));
    }
}
