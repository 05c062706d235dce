using Hub.Contracts.Commands;
using Hub.Gateway.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Gateway.Commands;

/// <summary>
/// The gateway's record of every command it accepted for a partner: written before the command is published, decided
/// by the <see cref="CommandDecided"/> the deciding service publishes, readable by that partner only.
/// </summary>
public sealed class CommandLog(GatewayDb db, TimeProvider clock, IOptions<CommandOptions> options) : IExpiringRows
{
    public const string Pending = "pending";

    /// <summary>
    /// Records the command as pending; a retry under the same Idempotency-Key (or a racing one) finds it there already and
    /// changes nothing. One statement on every request, so plain SQL that PostgreSQL and SQLite both speak.
    /// </summary>
    public Task AcceptAsync(Guid commandId, string partnerId, string kind, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO commands ("Id", "PartnerId", "Kind", "AcceptedAt", "Status")
            VALUES ({commandId}, {partnerId}, {kind}, {clock.GetUtcNow().UtcDateTime}, {Pending})
            ON CONFLICT DO NOTHING
            """, cancellationToken);

    /// <summary>The broker did not take the command: no 202 was given, so there is nothing to promise.</summary>
    public Task ForgetAsync(Guid commandId, CancellationToken cancellationToken) =>
        db.Commands.Where(c => c.Id == commandId && c.Status == Pending).ExecuteDeleteAsync(cancellationToken);

    /// <summary>The first decision counts; a repeat (redelivery) changes nothing. Decisions about commands of others (adapters) are not kept here.</summary>
    public Task<int> DecideAsync(CommandDecided decided, CancellationToken cancellationToken) =>
        db.Commands.Where(c => c.Id == decided.CommandId && c.Status == Pending).ExecuteUpdateAsync(c => c
            .SetProperty(x => x.Status, decided.Outcome)
            .SetProperty(x => x.Reason, decided.Reason)
            .SetProperty(x => x.Detail, decided.Detail)
            .SetProperty(x => x.DecidedBy, decided.DecidedBy)
            .SetProperty(x => x.DecidedAt, decided.DecidedAt), cancellationToken);

    /// <summary>The partner's own command, or null (none, or another partner's: the same answer).</summary>
    public Task<CommandStatus?> FindAsync(Guid commandId, string partnerId, CancellationToken cancellationToken) =>
        db.Commands.AsNoTracking().Where(c => c.Id == commandId && c.PartnerId == partnerId)
            .Select(c => new CommandStatus(c.Id, c.Kind, c.Status, c.Reason, c.Detail, c.AcceptedAt, c.DecidedAt))
            .SingleOrDefaultAsync(cancellationToken);

    public static string Rows => "commands";

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - options.Value.Retention;
        return db.Commands.Where(c => c.AcceptedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Where the partner reads what became of a command (the 202's Location).</summary>
    public static string LocationOf(Guid commandId) => $"/api/v1/commands/{commandId}";
}
