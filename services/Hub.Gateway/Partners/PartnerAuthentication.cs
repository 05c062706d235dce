using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Hub.Gateway.Partners;

/// <summary>
/// Partners authenticate by API key (the default) or, when mutual TLS is enabled, by a registered client certificate; the
/// partner portal, on behalf of one of its signed-in users, by a portal user token.
/// </summary>
public static class PartnerAuthentication
{
    public const string SchemeName = "Partner";

    public static IServiceCollection AddPartnerAuthentication(this IServiceCollection services)
    {
        services.AddOptions<MutualTlsOptions>().BindConfiguration(MutualTlsOptions.Section);
        services.AddOptions<PortalTokenOptions>().BindConfiguration(PortalTokenOptions.Section)
            .Validate(o => o.SigningKey.Length == 0 || o.KeyBytes() is not null,
                $"{PortalTokenOptions.Section}:SigningKey must be a base64 key of at least {PortalTokenOptions.MinimumKeyBytes} bytes (openssl rand -base64 32), or empty to accept no portal user tokens.")
            .ValidateOnStart();
        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "API key, client certificate or portal user token", scheme => scheme.ForwardDefaultSelector = SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, ClientCertificateAuthenticationHandler>(ClientCertificateAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, PortalUserAuthenticationHandler>(PortalUserAuthenticationHandler.SchemeName, null);

        // Partner certificates are pinned by thumbprint, so TLS only has to prove the client holds the key:
        // the handshake accepts any certificate (self-signed too) and the handler decides who it is.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<MutualTlsOptions>>((kestrel, mutualTls) =>
        {
            if (mutualTls.Value.Enabled)
            {
                kestrel.ConfigureHttpsDefaults(https =>
                {
                    https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                    https.ClientCertificateValidation = (_, _, _) => true;
                });
            }
        });
        services.AddCertificateForwarding(_ => { });
        services.AddOptions<CertificateForwardingOptions>().Configure<IOptions<MutualTlsOptions>>((forwarding, mutualTls) =>
        {
            forwarding.CertificateHeader = mutualTls.Value.ForwardedCertificateHeader;
            forwarding.HeaderConverter = ForwardedCertificate.Parse;
        });
        return services;
    }

    /// <summary>Takes a forwarded client certificate from the proxy's header, when one is configured.</summary>
    public static IApplicationBuilder UseForwardedClientCertificates(this IApplicationBuilder app)
    {
        var mutualTls = app.ApplicationServices.GetRequiredService<IOptions<MutualTlsOptions>>().Value;
        return mutualTls.Enabled && mutualTls.ForwardedCertificateHeader.Length > 0 ? app.UseCertificateForwarding() : app;
    }

    /// <summary>
    /// An API key, when sent, decides; otherwise a bearer token (the portal acting for a user) does; otherwise a client
    /// certificate, if mutual TLS is on.
    /// </summary>
    private static string SchemeFor(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header))
        {
            return ApiKeyAuthenticationHandler.SchemeName;
        }
        if (PortalUserAuthenticationHandler.SendsBearer(context.Request))
        {
            return PortalUserAuthenticationHandler.SchemeName;
        }
        var mutualTls = context.RequestServices.GetRequiredService<IOptions<MutualTlsOptions>>().Value;
        return mutualTls.Enabled && context.Connection.ClientCertificate is not null
            ? ClientCertificateAuthenticationHandler.SchemeName
            : ApiKeyAuthenticationHandler.SchemeName;
    }
}
