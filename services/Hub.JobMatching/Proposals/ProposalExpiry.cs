using Hub.JobMatching.Options;
using Hub.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace Hub.JobMatching.Proposals;

/// <summary>Lets unanswered proposals lapse after <see cref="MatchingOptions.AnswerWithin"/>, so their slots go to the next candidates.</summary>
internal sealed class ProposalExpiry(IServiceScopeFactory scopes, IOptions<MatchingOptions> options, TimeProvider clock, ILogger<ProposalExpiry> logger)
    : PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => options.Value.ExpiryCheckInterval;
    protected override string Work => "Expiring overdue proposals";

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDb>();
        var planner = scope.ServiceProvider.GetRequiredService<ProposalPlanner>();
        var engine = scope.ServiceProvider.GetRequiredService<EngineSync>();
        var overdueBefore = Clock.GetUtcNow().UtcDateTime - options.Value.AnswerWithin;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await engine.EnterAsync(db, cancellationToken);
        var overdue = await db.Proposals.Where(p => p.Status == ProposalStatus.Proposed && p.ProposedAt < overdueBefore).ToListAsync(cancellationToken);
        if (overdue.Count == 0)
        {
            return;
        }
        var names = overdue.Select(p => p.SubjectPseudonym).Distinct().ToList();
        var seekers = await db.JobSeekers.Where(s => names.Contains(s.SubjectPseudonym)).ToDictionaryAsync(s => s.SubjectPseudonym, StringComparer.Ordinal, cancellationToken);
        overdue.ForEach(p => planner.Close(p, ProposalStatus.Lapsed, seekers[p.SubjectPseudonym]));
        await db.SaveChangesAsync(cancellationToken);
        var vacancyIds = overdue.Select(p => p.VacancyId).Distinct().ToList();
        foreach (var vacancy in await db.Vacancies.Where(v => vacancyIds.Contains(v.Id)).ToListAsync(cancellationToken))
        {
            await planner.FillVacancy(vacancy, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        Logger.LogInformation("{Count} unanswered proposals lapsed", overdue.Count);
    }
}
