using Hub.Contracts.Matching;
using Hub.JobMatching.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.JobMatching.Tests.Lifecycle;

public sealed class Proposing_job_seekers_for_a_vacancy
{
    [Fact]
    public async Task Proposes_the_focus_area_resident_first_with_reasons_and_without_contact()
    {
        await using var hub = new MatchingHost();
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-outside", "8911AA"));
        await hub.Send(Messages.Seeker("ps-resident", "8924AB"));

        var vacancy = Messages.Vacancy(positions: 1);
        await hub.Send(vacancy);

        var proposals = await hub.ProposalsFor(vacancy.VacancyId);
        Assert.Equal(["ps-resident", "ps-outside"], proposals.Select(p => p.SubjectPseudonym));
        Assert.True(proposals[0].IsPriority);
        Assert.Contains(proposals[0].Reasons, r => r.Contains("Leeuwarden Oost", StringComparison.Ordinal));
        Assert.All(proposals, p => Assert.Null(p.Contact));
        Assert.Equal(2, hub.Harness.Published.Select<ProposalMade>().Count());
    }

    [Fact]
    public async Task Never_proposes_a_seeker_without_consent_to_share()
    {
        await using var hub = new MatchingHost();
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-no-consent", "8924AB", consent: false));

        var vacancy = Messages.Vacancy();
        await hub.Send(vacancy);

        Assert.Empty(await hub.ProposalsFor(vacancy.VacancyId));
    }

    [Fact]
    public async Task Proposes_a_new_seeker_for_open_vacancies_too()
    {
        await using var hub = new MatchingHost();
        await hub.StartAsync();
        var vacancy = Messages.Vacancy();
        await hub.Send(vacancy);

        await hub.Send(Messages.Seeker("ps-late", "8923AB"));

        Assert.Equal(["ps-late"], (await hub.ProposalsFor(vacancy.VacancyId)).Select(p => p.SubjectPseudonym));
    }

    [Fact]
    public async Task Caps_the_open_proposals_of_one_seeker()
    {
        await using var hub = new MatchingHost(new Dictionary<string, string?> { ["Hub:Matching:MaxOpenProposalsPerSeeker"] = "1" });
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-popular", "8924AB"));
        var first = Messages.Vacancy();
        var second = Messages.Vacancy();

        await hub.Send(first);
        await hub.Send(second);

        Assert.Single(await hub.ProposalsFor(first.VacancyId));
        Assert.Empty(await hub.ProposalsFor(second.VacancyId));
    }

    [Fact]
    public async Task Proposes_a_capped_seeker_again_once_a_slot_frees()
    {
        await using var hub = new MatchingHost(new Dictionary<string, string?> { ["Hub:Matching:MaxOpenProposalsPerSeeker"] = "2" });
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-busy", "8924AB"));
        var (first, second, third) = (Messages.Vacancy(), Messages.Vacancy(), Messages.Vacancy());
        await hub.Send(first);
        await hub.Send(second);
        await hub.Send(third);
        Assert.Empty(await hub.ProposalsFor(third.VacancyId));
        Assert.Equal(2, await OpenProposalsCounted(hub, "ps-busy"));

        // The decline frees a slot, and the vacancy that was waiting for a candidate gets the seeker at once.
        await hub.Send(Messages.Decline(Assert.Single(await hub.ProposalsFor(first.VacancyId)).ProposalId));
        Assert.Equal("ps-busy", Assert.Single(await hub.ProposalsFor(third.VacancyId)).SubjectPseudonym);
        Assert.Equal(2, await OpenProposalsCounted(hub, "ps-busy"));
        var fourth = Messages.Vacancy();
        await hub.Send(fourth);
        Assert.Empty(await hub.ProposalsFor(fourth.VacancyId));

        // A withdrawn vacancy's proposals lapse, and the seeker is proposed for the open vacancy that had no room for them.
        await hub.Send(new VacancyWithdrawn { VacancyId = second.VacancyId, EmployerId = MatchingHost.EmployerId, WithdrawnAt = DateTime.UtcNow });
        Assert.Equal("ps-busy", Assert.Single(await hub.ProposalsFor(fourth.VacancyId)).SubjectPseudonym);
        Assert.Equal(2, await OpenProposalsCounted(hub, "ps-busy"));
    }

    /// <summary>The seeker's stored count of open proposals, after checking it against the proposals themselves.</summary>
    private static Task<int> OpenProposalsCounted(MatchingHost hub, string seeker) => hub.WithDatabase(async db =>
    {
        var counted = (await db.JobSeekers.SingleAsync(s => s.SubjectPseudonym == seeker)).OpenProposals;
        var open = await db.Proposals.CountAsync(p => p.SubjectPseudonym == seeker && (p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Accepted));
        Assert.Equal(open, counted);
        return counted;
    });

    [Fact]
    public async Task Shows_another_employer_nothing()
    {
        await using var hub = new MatchingHost();
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-private", "8924AB"));
        var vacancy = Messages.Vacancy();
        await hub.Send(vacancy);

        Assert.Empty(await hub.ProposalsFor(vacancy.VacancyId, employerId: "00000001802327497000"));
    }
}
