using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Hub.ServiceDefaults.Hosting;

/// <summary>
/// Trust for the deployment's own servers (RabbitMQ, the broker's management API) whose certificates a private CA
/// issued: a server is accepted only if its certificate names it and chains to that CA, and the machine's public roots
/// play no part, so a certificate some public CA issued for the same name is refused.
/// </summary>
public static class PrivateCertificateAuthority
{
    /// <param name="caFile">The CA certificate, PEM or DER.</param>
    public static RemoteCertificateValidationCallback Validator(string caFile)
    {
        var authority = X509CertificateLoader.LoadCertificateFromFile(caFile);
        return (_, certificate, chain, errors) =>
        {
            // A missing certificate or another name fails whatever the chain; only the chain's trust is decided here.
            if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
            {
                return false;
            }
            using var ownChain = new X509Chain();
            ownChain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            ownChain.ChainPolicy.CustomTrustStore.Add(authority);
            ownChain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            if (chain is not null)
            {
                foreach (var element in chain.ChainElements)
                {
                    ownChain.ChainPolicy.ExtraStore.Add(element.Certificate);
                }
            }
            return ownChain.Build(certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
        };
    }
}
