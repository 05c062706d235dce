using System.ComponentModel.DataAnnotations;
using Hub.Portal.Organisations;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Hub.Portal.Access;

/// <summary>The organisations' identity provider (optional): a user it signs in is matched by e-mail to an invited or active portal user.</summary>
public sealed class PortalOpenIdConnectOptions
{
    public const string Section = "Hub:Portal:OpenIdConnect";

    /// <summary>The provider's issuer address; empty turns sign-in through a provider off (passwords only).</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public bool RequireHttpsMetadata { get; set; } = true;
    /// <summary>The claim with the user's e-mail address, which must match the one they were invited with.</summary>
    [Required]
    public string EmailClaim { get; set; } = "email";
    /// <summary>The scopes asked for; none configured: openid, email and profile. (Empty by default, because configuration
    /// binding appends a configured list to a default one instead of replacing it.)</summary>
    public string[] Scopes { get; set; } = [];

    public IEnumerable<string> ScopesToAsk => Scopes.Length > 0 ? Scopes.Distinct(StringComparer.Ordinal) : ["openid", "email", "profile"];

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}

public static class PortalOpenIdConnect
{
    public const string Scheme = "HubPortalOidc";
    public const string CallbackPath = PortalServiceExtensions.PathBase + "/signin-oidc";

    public static void Configure(OpenIdConnectOptions oidc, PortalOpenIdConnectOptions settings)
    {
        oidc.Authority = settings.Authority;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = settings.ClientSecret;
        oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.UsePkce = true;
        oidc.SignInScheme = PortalAuthentication.Scheme;
        oidc.CallbackPath = CallbackPath;
        oidc.SignedOutCallbackPath = PortalServiceExtensions.PathBase + "/signout-callback-oidc";
        oidc.MapInboundClaims = false;
        oidc.SaveTokens = false;
        oidc.Scope.Clear();
        foreach (var scope in settings.ScopesToAsk)
        {
            oidc.Scope.Add(scope);
        }
        oidc.Events.OnTokenValidated = async context =>
        {
            var services = context.HttpContext.RequestServices;
            var log = services.GetRequiredService<PortalLog>();
            var email = context.Principal?.FindFirst(settings.EmailClaim)?.Value;
            var user = email is null ? null : await services.GetRequiredService<PortalUsers>().ActivateByIdentityProviderAsync(email, context.HttpContext.RequestAborted);
            var organisation = user is null ? null : services.GetRequiredService<OrganisationDirectory>().Find(user.OrganisationId);
            if (user is null || organisation is null)
            {
                await log.RecordAsync(null, email ?? "?", user?.OrganisationId ?? "", PortalActions.SignIn, "oidc", PortalActions.NoAccount);
                context.Fail("The identity provider's user has no portal account.");
                return;
            }
            context.Principal = PortalClaims.PrincipalFor(user, organisation, "oidc");
            await log.RecordAsync(user.Id, user.Email, user.OrganisationId, PortalActions.SignIn, "oidc", PortalActions.Ok);
        };
        oidc.Events.OnRemoteFailure = context =>
        {
            context.Response.Redirect(PortalServiceExtensions.PathBase + "/account/sign-in?refused=1");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}
