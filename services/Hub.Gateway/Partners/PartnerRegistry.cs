using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Partners;

/// <summary>
/// Finds the partner behind an API key or a client certificate. Only hashes are kept, so a leaked
/// configuration leaks no key; certificates are pinned by their SHA-256 thumbprint.
/// </summary>
public sealed class PartnerRegistry
{
    private readonly Dictionary<string, Partner> _byKeyHash = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Partner> _byThumbprint = new(StringComparer.OrdinalIgnoreCase);

    public PartnerRegistry(IOptions<PartnerRegistryOptions> options)
    {
        foreach (var partner in options.Value.Partners)
        {
            if (!PartnerRole.All.Contains(partner.Role))
            {
                throw Invalid($"Partner {partner.Id} has unknown role '{partner.Role}'.");
            }
            foreach (var hash in partner.ApiKeyHashes)
            {
                if (!_byKeyHash.TryAdd(hash, partner))
                {
                    throw Invalid($"Partner {partner.Id} shares an API key hash with another partner.");
                }
            }
            foreach (var thumbprint in partner.ClientCertificateThumbprints.Select(t => t.Replace(":", "", StringComparison.Ordinal)))
            {
                if (thumbprint.Length != 64 || !thumbprint.All(char.IsAsciiHexDigit))
                {
                    throw Invalid($"Partner {partner.Id} has a client certificate thumbprint that is not 64 hex digits (SHA-256).");
                }
                if (!_byThumbprint.TryAdd(thumbprint, partner))
                {
                    throw Invalid($"Partner {partner.Id} shares a client certificate with another partner.");
                }
            }
        }
    }

    public Partner? FindByApiKey(string apiKey) =>
        _byKeyHash.GetValueOrDefault(HashOf(apiKey));

    public Partner? FindByCertificate(X509Certificate2 certificate) =>
        _byThumbprint.GetValueOrDefault(certificate.GetCertHashString(HashAlgorithmName.SHA256));

    public static string HashOf(string apiKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));

    private static OptionsValidationException Invalid(string failure) =>
        new(nameof(Partner), typeof(Partner), [failure]);
}
