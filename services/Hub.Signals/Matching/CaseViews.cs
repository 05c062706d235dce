using System.Text.Json;

namespace Hub.Signals.Matching;

/// <summary>The multi-problem notices an organisation received, for its pull: the latest per open case.</summary>
public sealed class CaseViews(SignalsDb db, TimeProvider clock)
{
    public async Task<MultiProblemCaseList> For(string recipientOrganisation, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var notifications = await db.CaseNotifications.AsNoTracking()
            .Where(n => n.RecipientOrganisation == recipientOrganisation && n.ExpiresAt > now)
            .ToListAsync(cancellationToken);
        var latest = notifications
            .GroupBy(n => n.CaseId)
            .Select(g => g.MaxBy(n => n.NotifiedAt)!)
            .OrderByDescending(n => n.NotifiedAt)
            .Select(n => JsonSerializer.Deserialize<MultiProblemDetected>(n.Body, JsonSerializerOptions.Web)!);
        return new MultiProblemCaseList { RecipientOrganisation = recipientOrganisation, Cases = [.. latest] };
    }
}
