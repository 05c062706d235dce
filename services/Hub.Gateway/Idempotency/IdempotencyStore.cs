using Hub.Gateway.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Gateway.Idempotency;

/// <summary>
/// Claims a partner's Idempotency-Key for one request, then completes it with the answer or releases it.
/// The primary key (partner, key) is the lock: of two concurrent first attempts only one insert takes effect.
/// </summary>
public sealed class IdempotencyStore(GatewayDb db, TimeProvider clock, IOptions<IdempotencyOptions> options) : IExpiringRows
{
    private const int MaxClaimAttempts = 3;

    /// <summary>Null when this request now holds the key (as <paramref name="attemptId"/>); otherwise the record that holds it.</summary>
    /// <remarks>
    /// The common case, a new key, is one round trip: the insert that does nothing when the key exists. Only a repeat
    /// reads the record (and an outdated one is deleted and claimed again).
    /// </remarks>
    public async Task<IdempotencyRecord?> ClaimAsync(string partnerId, string key, string requestHash, Guid attemptId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxClaimAttempts; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            // Plain SQL that PostgreSQL and SQLite both speak; EF Core maps the parameters as it maps the columns.
            var claimed = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO idempotency_records ("PartnerId", "Key", "RequestHash", "AttemptId", "CreatedAt")
                VALUES ({partnerId}, {key}, {requestHash}, {attemptId}, {now})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
            if (claimed == 1)
            {
                return null;
            }
            var existing = await Records(partnerId, key).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            if (existing is not null && !IsOutdated(existing, now))
            {
                return existing;
            }
            if (existing is not null)
            {
                await Records(partnerId, key).Where(r => r.AttemptId == existing.AttemptId).ExecuteDeleteAsync(cancellationToken);
            }
            // Gone or outdated: claim it on the next round.
        }
        throw new IdempotencyStoreUnavailableException("The Idempotency-Key kept changing hands; retry the request.");
    }

    public Task CompleteAsync(string partnerId, string key, Guid attemptId, int statusCode, byte[] body, string? contentType, string? location) =>
        Records(partnerId, key).Where(r => r.AttemptId == attemptId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.StatusCode, statusCode)
            .SetProperty(r => r.ResponseBody, body)
            .SetProperty(r => r.ContentType, contentType)
            .SetProperty(r => r.Location, location));

    /// <summary>Frees the key after a failed attempt, so the client's retry runs for real.</summary>
    public Task ReleaseAsync(string partnerId, string key, Guid attemptId) =>
        Records(partnerId, key).Where(r => r.AttemptId == attemptId && r.StatusCode == null).ExecuteDeleteAsync();

    public static string Rows => "idempotency records";

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var expiredBefore = clock.GetUtcNow().UtcDateTime - options.Value.Retention;
        return db.IdempotencyRecords.Where(r => r.CreatedAt < expiredBefore).ExecuteDeleteAsync(cancellationToken);
    }

    private bool IsOutdated(IdempotencyRecord record, DateTime now) =>
        record.CreatedAt < now - options.Value.Retention
        || (record.StatusCode is null && record.CreatedAt < now - options.Value.InProgressTimeout);

    private IQueryable<IdempotencyRecord> Records(string partnerId, string key) =>
        db.IdempotencyRecords.Where(r => r.PartnerId == partnerId && r.Key == key);
}
