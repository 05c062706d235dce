using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace Hub.Gateway.Partners;

/// <summary>Partners authenticate by API key (the default) or, when mutual TLS is enabled, by a registered client certificate.</summary>
public static class PartnerAuthentication
{
    public const string SchemeName = "Partner";

    public static IServiceCollection AddPartnerAuthentication(this IServiceCollection services)
    {
        services.AddOptions<MutualTlsOptions>().BindConfiguration(MutualTlsOptions.Section);
        services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "API key or client certificate", scheme => scheme.ForwardDefaultSelector = SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddScheme<AuthenticationSchemeOptions, ClientCertificateAuthenticationHandler>(ClientCertificateAuthenticationHandler.SchemeName, null);

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

    /// <summary>An API key, when sent, decides; otherwise a client certificate does, if mutual TLS is on.</summary>
    private static string SchemeFor(HttpContext context)
    {
        var mutualTls = context.RequestServices.GetRequiredService<IOptions<MutualTlsOptions>>().Value;
        return mutualTls.Enabled
            && !context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header)
            && context.Connection.ClientCertificate is not null
            ? ClientCertificateAuthenticationHandler.SchemeName
            : ApiKeyAuthenticationHandler.SchemeName;
    }
}
