using Hub.Portal.Organisations;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Portal.Access;

/// <summary>
/// Which pages a user sees, by the role of their organisation (the gateway decides again on every call, with the same roles).
/// </summary>
public static class PortalPolicies
{
    public const string SignedIn = "portal";
    public const string Administrator = "portal-admin";
    public const string VacancyOwner = "portal-vacancy-owner";
    public const string SeekerRegistrar = "portal-seeker-registrar";
    public const string SignalRaiser = "portal-signal-raiser";
    public const string Municipality = "portal-municipality";

    public static AuthorizationBuilder AddPortalPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(SignedIn, policy => Portal(policy))
        .AddPolicy(Administrator, policy => Portal(policy).RequireClaim(PortalClaims.Administrator, "true"))
        .AddPolicy(VacancyOwner, policy => Portal(policy).RequireRole(PartnerRoles.VacancyOwners))
        .AddPolicy(SeekerRegistrar, policy => Portal(policy).RequireRole(PartnerRoles.SeekerRegistrars))
        .AddPolicy(SignalRaiser, policy => Portal(policy).RequireRole(PartnerRoles.SignalRaisers))
        .AddPolicy(Municipality, policy => Portal(policy).RequireRole(PartnerRoles.Municipality));

    private static AuthorizationPolicyBuilder Portal(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(PortalAuthentication.Scheme).RequireAuthenticatedUser();
}
