using System.ComponentModel.DataAnnotations;

namespace Hub.Portal;

/// <summary>Where the gateway is, the key the portal signs its users' calls with, and how invitations and sign-ins behave.</summary>
public sealed class PortalOptions
{
    public const string Section = "Hub:Portal";

    /// <summary>The gateway's root (https://gateway.internal/). Required; the embedded Hub sets its own address.</summary>
    [Required]
    public Uri? GatewayAddress { get; set; }

    /// <summary>
    /// Base64 of at least 32 random bytes, the same value as the gateway's Hub:Gateway:PortalTokens:SigningKey: the portal
    /// signs each call it makes for a user with it. No default: without it the portal does not start.
    /// </summary>
    [Required]
    public string TokenKey { get; set; } = "";

    /// <summary>How long an invitation link works.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a form waits for the Hub's decision on a command before it shows "still being processed".</summary>
    public TimeSpan OutcomeWait { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Organisation administrators created at start when their e-mail is not known yet (the first user of each organisation;
    /// they invite the others). With a password hash they can sign in at once (the demo); without one they need an
    /// invitation link (`Hub.Portal invite-admin`) or the identity provider.
    /// </summary>
    public List<BootstrapAdministrator> Administrators { get; set; } = [];
}

public sealed class BootstrapAdministrator
{
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
    public string Organisation { get; set; } = "";
    /// <summary>ASP.NET Core Identity PBKDF2 hash; empty for an administrator who signs in through the identity provider.</summary>
    public string PasswordHash { get; set; } = "";
}
