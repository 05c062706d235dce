using Hub.Contracts.Matching;

namespace Hub.JobMatching.Tests.Lifecycle;

/// <summary>
/// Two job-matching instances on one database, each consuming part of the stream: each must match
/// against what the other stored, and caps hold across both. (The system test does the same over
/// RabbitMQ and PostgreSQL; here SQLite's write lock plays the matching lock.)
/// </summary>
public sealed class Running_two_instances : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hub-matching-shared-").FullName;

    [Fact]
    public async Task Each_matches_against_what_the_other_stored_and_the_seeker_cap_holds_across_both()
    {
        var shared = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Matching"] = $"Data Source={Path.Combine(_directory, "matching.db")};Default Timeout=30",
            ["Hub:Matching:MaxOpenProposalsPerSeeker"] = "2",
        };
        await using var first = new MatchingHost(shared);
        await first.StartAsync();
        await using var second = new MatchingHost(shared);
        await second.StartAsync();

        await first.Send(Messages.Seeker("ps-known-to-first", "8924AB"));
        var vacancies = Enumerable.Range(0, 4).Select(_ => Messages.Vacancy()).ToList();
        await second.Send(vacancies[0]);
        await first.Send(vacancies[1]);
        await second.Send(vacancies[2]);
        await first.Send(vacancies[3]);

        var proposed = new List<Guid>();
        foreach (var vacancy in vacancies)
        {
            if ((await first.ProposalsFor(vacancy.VacancyId)).Any(p => p.SubjectPseudonym == "ps-known-to-first"))
            {
                proposed.Add(vacancy.VacancyId);
            }
        }
        // The second instance never saw the seeker's message, yet proposed it; the cap of 2 counted both instances' proposals.
        Assert.Equal([vacancies[0].VacancyId, vacancies[1].VacancyId], proposed);

        // A withdrawal through the second instance reaches the first one's engine: its new vacancy finds nobody.
        await second.Send(new JobSeekerWithdrawn { SubjectPseudonym = "ps-known-to-first", JobAgencyId = MatchingHost.AgencyId, Reason = "found-work", WithdrawnAt = DateTime.UtcNow });
        var afterWithdrawal = Messages.Vacancy();
        await first.Send(afterWithdrawal);
        Assert.Empty(await first.ProposalsFor(afterWithdrawal.VacancyId));
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
