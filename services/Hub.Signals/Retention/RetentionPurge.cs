using Hub.Signals.Options;
using Microsoft.Extensions.Options;

namespace Hub.Signals.Retention;

/// <summary>
/// Deletes what has outlived the policy: signals and deliveries after their category's retention, multi-problem
/// cases after theirs, disclosure-log entries after the log's, consents a grace period after they ended, and
/// recipient pseudonym links nothing can still use. Logs counts per kind and category, nothing else.
/// </summary>
public sealed class RetentionPurge(SignalsDb db, SignalPolicy policy, IOptions<SignalsOptions> options, TimeProvider clock, ILogger<RetentionPurge> logger)
{
    public async Task<PurgeReport> Run(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var consentCutoff = now - options.Value.ConsentGracePeriod;
        var linkCutoff = now - policy.Categories.Values.Select(c => c.Retention).Append(policy.MultiProblem.Retention).Max();
        var counts = new List<PurgedCount>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        counts.AddRange(await ByCategory("signals", db.Signals.Where(s => s.ExpiresAt <= now), s => s.Category, cancellationToken));
        counts.AddRange(await ByCategory("deliveries", db.Deliveries.Where(d => d.ExpiresAt <= now), d => d.Category, cancellationToken));
        counts.AddRange(await ByCategory("disclosure-log", db.DisclosureLog.Where(e => e.ExpiresAt <= now), e => e.Category, cancellationToken));
        counts.Add(new("case-notifications", KnownTerms.MultiProblemCategory, await db.CaseNotifications.Where(n => n.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken)));
        counts.Add(new("cases", KnownTerms.MultiProblemCategory, await db.Cases.Where(c => c.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken)));
        counts.Add(new("consents", "all", await db.Consents.Where(c => c.ValidUntil <= consentCutoff || c.RevokedAt <= consentCutoff).ExecuteDeleteAsync(cancellationToken)));
        counts.Add(new("pseudonym-links", "all", await db.PseudonymLinks.Where(l => l.LastUsedAt <= linkCutoff).ExecuteDeleteAsync(cancellationToken)));
        await transaction.CommitAsync(cancellationToken);

        var report = new PurgeReport([.. counts.Where(c => c.Count > 0)]);
        foreach (var count in report.Counts)
        {
            logger.LogInformation("Retention purge: {Count} {Kind} of {Category} removed", count.Count, count.Kind, count.Category);
        }
        return report;
    }

    private static async Task<IEnumerable<PurgedCount>> ByCategory<T>(string kind, IQueryable<T> expired, System.Linq.Expressions.Expression<Func<T, string>> category, CancellationToken cancellationToken)
    {
        var counts = await expired.GroupBy(category).Select(g => new { Category = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        await expired.ExecuteDeleteAsync(cancellationToken);
        return counts.Select(c => new PurgedCount(kind, c.Category, c.Count));
    }
}
