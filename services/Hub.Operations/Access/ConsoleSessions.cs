using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Hub.Operations.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Operations.Access;

/// <summary>
/// The server side of a console sign-in. The cookie carries the session id; each request checks that the session has
/// not ended (sign-out), is not idle or too old, and, for a user from the users file, that the user's entry is unchanged
/// (a removed user, a new password or role ends every session at once).
/// </summary>
public sealed class ConsoleSessions(OperationsDb db, IOptionsMonitor<ConsoleUsersOptions> users, IOptions<ConsoleSignInOptions> options, TimeProvider clock)
{
    public const string SessionClaim = "hub-session";
    public const string SourceClaim = "hub-source";
    public const string LocalSource = "local";
    public const string OidcSource = "oidc";

    // LastSeenAt is written at most this often, not on every request.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public async Task<Guid> StartAsync(string userName, string source, string? address, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new ConsoleSession
        {
            Id = Guid.NewGuid(),
            UserName = userName,
            Source = source,
            UserStamp = source == LocalSource ? StampOf(users.CurrentValue.Users.FirstOrDefault(u => u.Name == userName)) : null,
            CreatedAt = now,
            LastSeenAt = now,
            Address = address,
        };
        db.ConsoleSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>Whether the principal's session still counts; touches it when it does.</summary>
    public async Task<bool> IsActiveAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(principal.FindFirstValue(SessionClaim), out var id)
            || await db.ConsoleSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { EndedAt: null } session)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var limits = options.Value;
        var stillValid = session.UserName == principal.Identity?.Name
            && now - session.LastSeenAt < limits.IdleTimeout
            && now - session.CreatedAt < limits.MaxSessionLength
            && (session.Source != LocalSource || session.UserStamp == StampOf(users.CurrentValue.Users.FirstOrDefault(u => u.Name == session.UserName)));
        if (!stillValid)
        {
            session.EndedAt = now;
        }
        else if (now - session.LastSeenAt >= TouchInterval)
        {
            session.LastSeenAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return stillValid;
    }

    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(principal.FindFirstValue(SessionClaim), out var id))
        {
            await db.ConsoleSessions.Where(s => s.Id == id && s.EndedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
        }
    }

    /// <summary>A hash of everything that decides what the user may do; null when the user is gone (no session then matches).</summary>
    private static string? StampOf(ConsoleUser? user) => user is null
        ? null
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{user.Name}\n{user.PasswordHash}\n{user.Role}\n{string.Join(',', user.Areas)}")));
}
