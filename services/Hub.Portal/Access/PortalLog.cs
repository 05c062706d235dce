using System.Security.Claims;
using Hub.Portal.Storage;

namespace Hub.Portal.Access;

/// <summary>
/// Records what a portal user did, who and when: every call on residents' data (signals, deliveries, consents, subject access,
/// proposals with contact details), every change, every sign-in and user change. The organisation's administrators read it.
/// </summary>
public sealed class PortalLog(PortalDb db, TimeProvider clock, ILogger<PortalLog> logger)
{
    public async Task RecordAsync(ClaimsPrincipal user, string action, string? target, string outcome, CancellationToken cancellationToken = default) =>
        await RecordAsync(user.UserIdOf(), user.EmailOf(), user.OrganisationOf(), action, target, outcome, cancellationToken);

    public async Task RecordAsync(Guid? userId, string email, string organisationId, string action, string? target, string outcome, CancellationToken cancellationToken = default)
    {
        db.Actions.Add(new PortalAction
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            UserEmail = email,
            OrganisationId = organisationId,
            Action = action,
            Target = target,
            Outcome = outcome,
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Portal user {PortalUser} of {Organisation}: {PortalAction} {Target} {Outcome}", userId, organisationId, action, target, outcome);
    }
}
