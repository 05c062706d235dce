using System.ComponentModel.DataAnnotations;

namespace Hub.Operations.Access;

/// <summary>
/// Sign-in through the municipality's identity provider (Entra ID, ADFS, Keycloak, ...). On when <see cref="Authority"/>
/// is set; the console's own password sign-in stays for the embedded demo and for deployments without one.
/// </summary>
public sealed class ConsoleOpenIdConnectOptions : IValidatableObject
{
    public const string Section = "Hub:Operations:OpenIdConnect";

    /// <summary>The issuer, e.g. https://login.microsoftonline.com/{tenant}/v2.0; its discovery document is read from there.</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>Only a test or a Development identity provider on plain http turns this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
    public string[] Scopes { get; set; } = ["openid", "profile"];
    /// <summary>The claim that names the user in the console and in the operator log.</summary>
    public string NameClaim { get; set; } = "preferred_username";
    /// <summary>The claim carrying the user's roles or groups (one claim per value).</summary>
    public string RoleClaim { get; set; } = "roles";
    /// <summary>Provider role or group value to console role (viewer, operator, admin); a user with none is refused.</summary>
    public Dictionary<string, string> Roles { get; set; } = [];
    /// <summary>The claim carrying the focus areas the user works for; a user with none is refused.</summary>
    public string AreaClaim { get; set; } = "hub_areas";
    /// <summary>The area value that stands for every area (hub-wide operators).</summary>
    public string AllAreasValue { get; set; } = "all";
    /// <summary>What the sign-in page's button says.</summary>
    public string DisplayName { get; set; } = "Sign in with your organisation account";

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsEnabled)
        {
            yield break;
        }
        if (string.IsNullOrWhiteSpace(ClientId) || string.IsNullOrWhiteSpace(ClientSecret))
        {
            yield return new ValidationResult($"{Section}:ClientId and ClientSecret are required with an Authority.", [nameof(ClientId), nameof(ClientSecret)]);
        }
        if (Roles.Count == 0)
        {
            yield return new ValidationResult($"{Section}:Roles must map at least one provider role to a console role.", [nameof(Roles)]);
        }
        foreach (var (providerRole, consoleRole) in Roles.Where(r => !ConsoleRoles.All.Contains(r.Value)))
        {
            yield return new ValidationResult($"{Section}:Roles:{providerRole} is '{consoleRole}', not one of {string.Join(", ", ConsoleRoles.All)}.", [nameof(Roles)]);
        }
    }
}
