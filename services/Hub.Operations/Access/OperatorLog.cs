using System.Security.Claims;
using Hub.Operations.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Operations.Access;

/// <summary>Writes and searches the operator log: every sign-in (answered or refused) and every action on messages.</summary>
public sealed class OperatorLog(OperationsDb db, TimeProvider clock)
{
    private const int MaxUserNameLength = 200;

    /// <summary>Records what <paramref name="user"/> did (the signed-in user's name and areas).</summary>
    public Task RecordAsync(ClaimsPrincipal user, string action, string? target, string outcome, HttpContext http) =>
        RecordAsync(user.Identity?.Name ?? "?", ConsoleSignIn.ScopeOf(user), action, target, outcome, http);

    public async Task RecordAsync(string userName, OperatorScope scope, string action, string? target, string outcome, HttpContext http)
    {
        db.OperatorActions.Add(new OperatorAction
        {
            Id = Guid.NewGuid(),
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            // A failed sign-in records the name as typed: cut to the column, so any input can be logged.
            UserName = userName.Length > MaxUserNameLength ? userName[..MaxUserNameLength] : userName,
            Action = action,
            Target = target,
            Outcome = outcome,
            Address = AddressOf(http),
            Areas = scope.Areas is { } areas ? string.Join(',', areas) : "all",
        });
        await db.SaveChangesAsync(http.RequestAborted);
    }

    /// <summary>Failed sign-ins for the user name since its last successful one, and from the address, both since <paramref name="since"/>.</summary>
    public async Task<(int ForUser, int FromAddress)> RecentSignInFailuresAsync(string userName, string? address, DateTime since, CancellationToken cancellationToken)
    {
        var signIns = db.OperatorActions.AsNoTracking().Where(a => a.Action == OperatorActions.SignIn && a.OccurredAt >= since);
        var lastSuccess = await signIns.Where(a => a.UserName == userName && a.Outcome == OperatorActions.Ok)
            .OrderByDescending(a => a.OccurredAt).Select(a => (DateTime?)a.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        var userSince = lastSuccess ?? since;
        var forUser = await signIns.CountAsync(a => a.UserName == userName && a.Outcome != OperatorActions.Ok && a.OccurredAt >= userSince, cancellationToken);
        var fromAddress = address is null ? 0 : await signIns.CountAsync(a => a.Address == address && a.Outcome != OperatorActions.Ok, cancellationToken);
        return (forUser, fromAddress);
    }

    /// <summary>Newest first; every filter optional.</summary>
    public async Task<IReadOnlyList<OperatorActionView>> SearchAsync(string? userName, string? action, DateTime? from, DateTime? to, int maxCount, CancellationToken cancellationToken)
    {
        var query = db.OperatorActions.AsNoTracking();
        if (!string.IsNullOrEmpty(userName))
        {
            query = query.Where(a => a.UserName == userName);
        }
        if (!string.IsNullOrEmpty(action))
        {
            query = query.Where(a => a.Action == action);
        }
        if (from is { } start)
        {
            query = query.Where(a => a.OccurredAt >= start);
        }
        if (to is { } end)
        {
            query = query.Where(a => a.OccurredAt < end);
        }
        return await query.OrderByDescending(a => a.OccurredAt).Take(maxCount)
            .Select(a => new OperatorActionView(a.OccurredAt, a.UserName, a.Action, a.Target, a.Outcome, a.Address, a.Areas))
            .ToListAsync(cancellationToken);
    }

    public static string? AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}

/// <summary>One operator log entry as the console shows it.</summary>
public sealed record OperatorActionView(DateTime OccurredAt, string UserName, string Action, string? Target, string Outcome, string? Address, string? Areas);
