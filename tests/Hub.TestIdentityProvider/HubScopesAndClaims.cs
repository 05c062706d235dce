namespace Hub.TestIdentityProvider;

/// <summary>The scope and claim names beyond the OpenID Connect standard ones, spelled as Entra ID spells app roles.</summary>
internal static class HubScopesAndClaims
{
    public const string RolesClaim = "roles";
    public const string AreasScope = "hub_areas";
    public const string AreasClaim = "hub_areas";
}
