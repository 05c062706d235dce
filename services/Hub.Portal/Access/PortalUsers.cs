using System.Security.Cryptography;
using System.Text;
using Hub.Portal.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Portal.Access;

/// <summary>
/// The organisations' users: password sign-in, invitations (a one-time link an administrator hands to a colleague), removal.
/// An administrator acts only within their own organisation.
/// </summary>
public sealed class PortalUsers(PortalDb db, TimeProvider clock, IOptions<PortalOptions> options)
{
    private static readonly PasswordHasher<PortalUser> Hasher = new();

    // Checked for an unknown e-mail, so that answer costs the same PBKDF2 work as a wrong password.
    private static readonly string UnknownUserHash = Hasher.HashPassword(new PortalUser(), Guid.NewGuid().ToString());

    public const int MinimumPasswordLength = 12;

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    public static string Hash(string password) => Hasher.HashPassword(new PortalUser(), password);

    /// <summary>The active user with this e-mail and password, or null.</summary>
    public async Task<PortalUser?> VerifyAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalised = Normalise(email);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Email == normalised, cancellationToken);
        var hash = user?.PasswordHash is { Length: > 0 } own ? own : UnknownUserHash;
        var verified = Hasher.VerifyHashedPassword(user ?? new PortalUser(), hash, password) != PasswordVerificationResult.Failed;
        return verified && user is { IsActive: true, PasswordHash.Length: > 0 } ? user : null;
    }

    public Task<PortalUser?> FindActiveByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalised = Normalise(email);
        return db.Users.FirstOrDefaultAsync(u => u.Email == normalised && u.RemovedAt == null && u.ActivatedAt != null, cancellationToken);
    }

    public Task<List<PortalUser>> OfOrganisationAsync(string organisationId, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId && u.RemovedAt == null).OrderBy(u => u.Email).ToListAsync(cancellationToken);

    /// <summary>Invites a colleague into the inviter's organisation; returns the invitation's secret, or null when the e-mail has a portal account already.</summary>
    public async Task<string?> InviteAsync(string organisationId, string email, string name, bool administrator, string invitedBy, CancellationToken cancellationToken)
    {
        var normalised = Normalise(email);
        var existing = await db.Users.FirstOrDefaultAsync(u => u.Email == normalised, cancellationToken);
        if (existing is { RemovedAt: null })
        {
            return null;
        }
        var user = existing ?? new PortalUser { Id = Guid.CreateVersion7(), Email = normalised };
        if (existing is null)
        {
            db.Users.Add(user);
        }
        // A removed user can be invited again, into the inviter's organisation only, with nothing of the old account left.
        user.Name = name.Trim();
        user.OrganisationId = organisationId;
        user.IsAdministrator = administrator;
        user.PasswordHash = null;
        user.ActivatedAt = null;
        user.RemovedAt = null;
        user.SecurityStamp = Guid.NewGuid();
        user.InvitedAt = clock.GetUtcNow().UtcDateTime;
        user.InvitedBy = invitedBy;
        var secret = NewSecret();
        user.InvitationHash = HashOf(secret);
        user.InvitationExpiresAt = user.InvitedAt + options.Value.InvitationLifetime;
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    /// <summary>The open, unexpired invitation with this secret, or null.</summary>
    public Task<PortalUser?> FindInvitationAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = HashOf(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Users.FirstOrDefaultAsync(u => u.InvitationHash == hash && u.RemovedAt == null && u.InvitationExpiresAt > now, cancellationToken);
    }

    /// <summary>Accepts an invitation with a password of the user's own: the account is active, the link used up.</summary>
    public async Task<PortalUser?> AcceptAsync(string secret, string password, CancellationToken cancellationToken)
    {
        var user = await FindInvitationAsync(secret, cancellationToken);
        if (user is null)
        {
            return null;
        }
        user.PasswordHash = Hash(password);
        Activate(user);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>The identity provider proved the e-mail: an invited user becomes active without a password of the portal's.</summary>
    public async Task<PortalUser?> ActivateByIdentityProviderAsync(string email, CancellationToken cancellationToken)
    {
        var normalised = Normalise(email);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Email == normalised && u.RemovedAt == null, cancellationToken);
        if (user is null)
        {
            return null;
        }
        if (user.ActivatedAt is null)
        {
            if (user.InvitationExpiresAt is not { } expires || expires <= clock.GetUtcNow().UtcDateTime)
            {
                return null;
            }
            Activate(user);
            await db.SaveChangesAsync(cancellationToken);
        }
        return user;
    }

    /// <summary>Removes a user of the administrator's own organisation: their sessions end at their next request. Not the last administrator.</summary>
    public async Task<RemoveResult> RemoveAsync(string organisationId, Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.OrganisationId == organisationId && u.RemovedAt == null, cancellationToken);
        if (user is null)
        {
            return RemoveResult.NotFound;
        }
        if (user.IsAdministrator && user.ActivatedAt is not null
            && !await db.Users.AnyAsync(u => u.OrganisationId == organisationId && u.Id != userId && u.IsAdministrator && u.RemovedAt == null && u.ActivatedAt != null, cancellationToken))
        {
            return RemoveResult.LastAdministrator;
        }
        user.RemovedAt = clock.GetUtcNow().UtcDateTime;
        user.PasswordHash = null;
        user.InvitationHash = null;
        user.SecurityStamp = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return RemoveResult.Removed;
    }

    /// <summary>Creates each configured administrator whose e-mail the portal does not know yet (the first user of an organisation).</summary>
    public async Task EnsureAdministratorsAsync(IEnumerable<BootstrapAdministrator> administrators, CancellationToken cancellationToken)
    {
        foreach (var admin in administrators)
        {
            var email = Normalise(admin.Email);
            if (await db.Users.AnyAsync(u => u.Email == email, cancellationToken))
            {
                continue;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            db.Users.Add(new PortalUser
            {
                Id = Guid.CreateVersion7(),
                Email = email,
                Name = admin.Name,
                OrganisationId = admin.Organisation,
                IsAdministrator = true,
                PasswordHash = admin.PasswordHash.Length > 0 ? admin.PasswordHash : null,
                InvitedAt = now,
                InvitedBy = "configuration",
                // With a password the administrator can sign in at once; without one, through the identity provider only.
                ActivatedAt = now,
                SecurityStamp = Guid.NewGuid(),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An invitation for an organisation's first administrator, made on the command line (`invite-admin`).</summary>
    public async Task<string?> InviteAdministratorAsync(string organisationId, string email, string name, CancellationToken cancellationToken) =>
        await InviteAsync(organisationId, email, name, administrator: true, invitedBy: "command line", cancellationToken);

    private void Activate(PortalUser user)
    {
        user.ActivatedAt = clock.GetUtcNow().UtcDateTime;
        user.InvitationHash = null;
        user.InvitationExpiresAt = null;
        user.SecurityStamp = Guid.NewGuid();
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

public enum RemoveResult
{
    Removed,
    NotFound,
    LastAdministrator,
}
