using Hub.JobMatching.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.JobMatching.Matching;

/// <summary>
/// Fills the in-memory engine from the database before the bus starts consuming; afterwards the
/// consumers keep it current. The database stays the truth; the engine is its index.
/// </summary>
internal sealed class EngineLoader(IServiceScopeFactory scopes, IJobMatcher engine, ILogger<EngineLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDb>();
        var vacancies = 0;
        await foreach (var vacancy in db.Vacancies.AsNoTracking().Where(v => v.Status == VacancyStatus.Open).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            engine.Upsert(vacancy.ToProfile());
            vacancies++;
        }
        var seekers = 0;
        await foreach (var seeker in db.JobSeekers.AsNoTracking().Where(s => !s.IsWithdrawn).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            engine.Upsert(seeker.ToProfile());
            seekers++;
        }
        logger.LogInformation("Matching engine loaded {Vacancies} open vacancies and {Seekers} job seekers", vacancies, seekers);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
