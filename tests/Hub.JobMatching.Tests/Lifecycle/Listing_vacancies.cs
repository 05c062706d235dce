using Hub.Contracts.Matching;
using Hub.JobMatching.Storage;

namespace Hub.JobMatching.Tests.Lifecycle;

public sealed class Listing_vacancies
{
    private const string OtherEmployer = "00000001802327497000";
    private static readonly Dictionary<string, string?> OneOpenProposalPerSeeker = new() { ["Hub:Matching:MaxOpenProposalsPerSeeker"] = "1" };

    [Fact]
    public async Task Lists_only_the_owners_vacancies_newest_first_with_the_proposals_made_for_each()
    {
        await using var hub = new MatchingHost(OneOpenProposalPerSeeker);
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-first", "8924AB"));
        await hub.Send(Messages.Seeker("ps-second", "8923AB"));
        var older = Messages.Vacancy() with { PublishedAt = DateTime.UtcNow.AddHours(-2) };
        var newer = Messages.Vacancy() with { PublishedAt = DateTime.UtcNow.AddHours(-1) };
        var others = Messages.Vacancy() with { EmployerId = OtherEmployer, PublishedAt = DateTime.UtcNow };

        await hub.Send(older);
        // Both seekers are at their cap now: the newer vacancy gets nobody.
        await hub.Send(newer);
        await hub.Send(others);

        var listed = await hub.VacanciesOf(MatchingHost.EmployerId);
        Assert.Equal([(newer.VacancyId, 0), (older.VacancyId, 2)], listed.Select(v => (v.VacancyId, v.Proposals)));
        Assert.Equal(("Installatiemonteur", "7126", "8925AB", "open", true), (listed[1].Title, listed[1].OccupationCode, listed[1].Postcode, listed[1].Status, listed[1].IsRecoveryJob));
        Assert.Equal([others.VacancyId], (await hub.VacanciesOf(OtherEmployer)).Select(v => v.VacancyId));
    }

    [Fact]
    public async Task Counts_proposals_whatever_became_of_them_and_narrows_to_a_status()
    {
        await using var hub = new MatchingHost();
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-first", "8924AB"));
        var withdrawn = Messages.Vacancy() with { PublishedAt = DateTime.UtcNow.AddHours(-1) };
        var open = Messages.Vacancy();
        await hub.Send(withdrawn);
        await hub.Send(open);

        await hub.Send(new VacancyWithdrawn { VacancyId = withdrawn.VacancyId, EmployerId = MatchingHost.EmployerId, WithdrawnAt = DateTime.UtcNow });

        // The withdrawal lapsed its proposal; it still counts as made.
        Assert.Equal([(withdrawn.VacancyId, 1)], (await hub.VacanciesOf(MatchingHost.EmployerId, "withdrawn")).Select(v => (v.VacancyId, v.Proposals)));
        Assert.Equal([open.VacancyId], (await hub.VacanciesOf(MatchingHost.EmployerId, "open")).Select(v => v.VacancyId));
        Assert.Empty(await hub.VacanciesOf(MatchingHost.EmployerId, "filled"));
        Assert.Empty(await hub.VacanciesOf(MatchingHost.EmployerId, "Open"));
        Assert.Equal([open.VacancyId, withdrawn.VacancyId], (await hub.VacanciesOf(MatchingHost.EmployerId)).Select(v => v.VacancyId));
    }

    [Fact]
    public async Task Lists_at_most_200_the_newest()
    {
        await using var hub = new MatchingHost();
        await hub.StartAsync();
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var ids = Enumerable.Range(0, 205).Select(_ => Guid.NewGuid()).ToList();
        await hub.WithDatabase(async db =>
        {
            db.Vacancies.AddRange(ids.Select((id, i) => new Vacancy
            {
                Id = id, EmployerId = MatchingHost.EmployerId, Title = $"Vacature {i}", OccupationCode = "7126", Postcode = "8925AB",
                Status = VacancyStatus.Open, PublishedAt = start.AddMinutes(i), RegisteredAt = start.AddMinutes(i), ClosingDate = Messages.Today.AddDays(30),
            }));
            return await db.SaveChangesAsync();
        });

        var listed = await hub.VacanciesOf(MatchingHost.EmployerId);

        Assert.Equal(ids.AsEnumerable().Reverse().Take(200), listed.Select(v => v.VacancyId));
    }
}
