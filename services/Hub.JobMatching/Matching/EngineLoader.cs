namespace Hub.JobMatching.Matching;

/// <summary>
/// Fills the in-memory engine from the database before the bus starts consuming; afterwards every
/// change enters through <see cref="EngineSync"/>. The database stays the truth; the engine is its index.
/// </summary>
internal sealed class EngineLoader(IServiceScopeFactory scopes, EngineSync engine, ILogger<EngineLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDb>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (_, vacancies, seekers) = await engine.CatchUpAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Matching engine loaded from {Vacancies} vacancies and {Seekers} job seekers", vacancies, seekers);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
