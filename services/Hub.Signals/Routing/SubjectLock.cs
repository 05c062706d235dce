using System.Security.Cryptography;
using System.Text;

namespace Hub.Signals.Routing;

/// <summary>
/// Serialises routing decisions and consent changes about the same resident within their transactions, so a
/// committed revocation is seen by every later decision and no decision reads consents a revocation is changing.
/// SQLite needs nothing: its transactions start with BEGIN IMMEDIATE and so hold the database's write lock.
/// PostgreSQL takes a transaction-scoped advisory lock per pseudonym, in a fixed order against deadlocks.
/// </summary>
internal static class SubjectLock
{
    public static async Task Acquire(DbContext db, IEnumerable<string?> pseudonyms, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        foreach (var key in pseudonyms.OfType<string>().Distinct().Select(KeyOf).Order())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
        }
    }

    private static long KeyOf(string pseudonym) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(pseudonym)), 0);
}
