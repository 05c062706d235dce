using Hub.Contracts.Matching;
using Hub.Testing;

namespace Hub.JobMatching.Tests.Lifecycle;

/// <summary>The partners' lists (with their grouped proposal counts) on PostgreSQL, as deployments run them.</summary>
public sealed class Listing_on_postgres : IAsyncLifetime
{
    private PostgresServer _server = null!;

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Lists_vacancies_and_job_seekers_with_their_proposal_counts_as_on_sqlite()
    {
        await using var hub = new MatchingHost(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Matching"] = _server.ConnectionString(UniqueName.Of("matching_")),
        });
        await hub.StartAsync();
        await hub.Send(Messages.Seeker("ps-first", "8924AB") with { RegisteredAt = DateTime.UtcNow.AddHours(-1) });
        await hub.Send(Messages.Seeker("ps-second", "8911AA", consent: false));
        var older = Messages.Vacancy() with { PublishedAt = DateTime.UtcNow.AddHours(-1) };
        var newer = Messages.Vacancy();
        await hub.Send(older);
        await hub.Send(newer);
        await hub.Send(new VacancyWithdrawn { VacancyId = older.VacancyId, EmployerId = MatchingHost.EmployerId, WithdrawnAt = DateTime.UtcNow });

        Assert.Equal([(newer.VacancyId, "open", 1), (older.VacancyId, "withdrawn", 1)],
            (await hub.VacanciesOf(MatchingHost.EmployerId)).Select(v => (v.VacancyId, v.Status, v.Proposals)));
        Assert.Equal([older.VacancyId], (await hub.VacanciesOf(MatchingHost.EmployerId, "withdrawn")).Select(v => v.VacancyId));
        Assert.Equal([("ps-second", 0), ("ps-first", 2)], (await hub.JobSeekersOf(MatchingHost.AgencyId)).Select(s => (s.SubjectPseudonym, s.Proposals)));
    }
}
