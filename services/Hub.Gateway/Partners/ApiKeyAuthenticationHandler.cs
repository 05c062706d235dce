using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;

namespace Hub.Gateway.Partners;

/// <summary>Authenticates a partner by the <c>X-Api-Key</c> header: the default way in.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PartnerRegistry partners,
    IOptions<MutualTlsOptions> mutualTls) : PartnerAuthenticationHandler(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override string ChallengeDetail => $"Send a valid partner API key in the {Header} header.";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var partner = partners.FindByApiKey(values.ToString());
        if (partner is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown or expired API key."));
        }
        // A partner registered with certificates proves itself with one; a copied key alone is not enough.
        if (mutualTls.Value.Enabled && partner.ClientCertificateThumbprints.Length > 0
            && !PartnerRegistry.IsRegisteredFor(partner, Context.Connection.ClientCertificate))
        {
            return Task.FromResult(AuthenticateResult.Fail("This partner must present its client certificate; an API key alone is refused."));
        }
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(partner.ToPrincipal(SchemeName), SchemeName)));
    }
}
