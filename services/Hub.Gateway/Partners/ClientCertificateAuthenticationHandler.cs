using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;

namespace Hub.Gateway.Partners;

/// <summary>
/// Authenticates a partner by the client certificate of a mutual TLS connection (or the one a
/// TLS-terminating proxy forwarded), pinned by its SHA-256 thumbprint in the partner registry.
/// </summary>
public sealed class ClientCertificateAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PartnerRegistry partners) : PartnerAuthenticationHandler(options, logger, encoder)
{
    public const string SchemeName = "ClientCertificate";

    protected override string ChallengeDetail =>
        $"Present a client certificate registered for your organisation, or send a valid partner API key in the {ApiKeyAuthenticationHandler.Header} header.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var certificate = await Context.Connection.GetClientCertificateAsync(Context.RequestAborted);
        if (certificate is null)
        {
            return AuthenticateResult.NoResult();
        }
        var now = TimeProvider.GetUtcNow();
        if (now < certificate.NotBefore.ToUniversalTime() || now > certificate.NotAfter.ToUniversalTime())
        {
            return AuthenticateResult.Fail("The client certificate is expired or not yet valid.");
        }
        var partner = partners.FindByCertificate(certificate);
        return partner is null
            ? AuthenticateResult.Fail("The client certificate is not registered for any partner.")
            : AuthenticateResult.Success(new AuthenticationTicket(partner.ToPrincipal(SchemeName), SchemeName));
    }
}
