namespace Hub.Portal.Storage;

/// <summary>A person who works in the portal for one partner organisation, with its role; an administrator also manages its users.</summary>
public sealed class PortalUser
{
    public Guid Id { get; set; }
    /// <summary>Lower case; the identity provider's e-mail claim is matched against it.</summary>
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
    public string OrganisationId { get; set; } = "";
    public bool IsAdministrator { get; set; }
    /// <summary>ASP.NET Core Identity PBKDF2 hash; null for a user who signs in only through the identity provider.</summary>
    public string? PasswordHash { get; set; }
    /// <summary>SHA-256 (hex) of the open invitation's secret; the secret itself is only in the link.</summary>
    public string? InvitationHash { get; set; }
    public DateTime? InvitationExpiresAt { get; set; }
    public DateTime InvitedAt { get; set; }
    public string InvitedBy { get; set; } = "";
    public DateTime? ActivatedAt { get; set; }
    public DateTime? RemovedAt { get; set; }
    /// <summary>Changes when the user is removed or their password changes: every cookie issued before stops working.</summary>
    public Guid SecurityStamp { get; set; }

    public bool IsActive => ActivatedAt is not null && RemovedAt is null;
}
