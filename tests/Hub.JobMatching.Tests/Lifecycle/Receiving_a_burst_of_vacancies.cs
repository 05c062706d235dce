using Hub.Contracts.Matching;
using Hub.JobMatching.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.JobMatching.Tests.Lifecycle;

/// <summary>
/// Vacancies that arrive together are applied in shared transactions (MatchingBatches). Each must still behave as if it
/// had a transaction of its own: caps count the proposals of the vacancies before it, and a vacancy the consumer cannot
/// store fails alone while the others are stored.
/// </summary>
public sealed class Receiving_a_burst_of_vacancies
{
    [Fact]
    public async Task Stores_every_vacancy_but_the_one_that_fails_and_the_seeker_cap_holds_across_them()
    {
        await using var hub = new MatchingHost();
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-resident", "8924AB"));
        // A trigger stands in for a consumer bug that hits one vacancy every time.
        await hub.WithDatabase(db => db.Database.ExecuteSqlRawAsync("""
            CREATE TRIGGER reject_poison BEFORE INSERT ON vacancies WHEN NEW."Title" = 'Poison'
            BEGIN SELECT RAISE(ABORT, 'simulated consumer bug'); END;
            """));
        var vacancies = Enumerable.Range(0, 30).Select(_ => Messages.Vacancy()).ToList();
        var poison = Messages.Vacancy() with { Title = "Poison" };
        vacancies.Insert(15, poison);

        await hub.SendAll(vacancies);

        var failed = hub.Harness.Consumed.Select<VacancyPublished>(m => m.Exception is not null).Select(m => m.Context.Message.VacancyId);
        Assert.Equal([poison.VacancyId], failed);
        var stored = await hub.WithDatabase(db => db.Vacancies.Select(v => v.Id).ToListAsync());
        Assert.Equal(vacancies.Where(v => v != poison).Select(v => v.VacancyId).Order(), stored.Order());
        var open = await hub.WithDatabase(db => db.Proposals.CountAsync(p => p.SubjectPseudonym == "ps-resident" && p.Status == ProposalStatus.Proposed));
        Assert.Equal(3, open); // Hub:Matching:MaxOpenProposalsPerSeeker's default
    }
}
