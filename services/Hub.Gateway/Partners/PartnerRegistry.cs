using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Partners;

/// <summary>Finds the partner behind an API key. Only hashes are kept, so a leaked configuration leaks no key.</summary>
public sealed class PartnerRegistry
{
    private readonly Dictionary<string, Partner> _byKeyHash;

    public PartnerRegistry(IOptions<PartnerRegistryOptions> options)
    {
        _byKeyHash = new Dictionary<string, Partner>(StringComparer.OrdinalIgnoreCase);
        foreach (var partner in options.Value.Partners)
        {
            if (!PartnerRole.All.Contains(partner.Role))
            {
                throw new OptionsValidationException(nameof(Partner), typeof(Partner), [$"Partner {partner.Id} has unknown role '{partner.Role}'."]);
            }
            foreach (var hash in partner.ApiKeyHashes)
            {
                if (!_byKeyHash.TryAdd(hash, partner))
                {
                    throw new OptionsValidationException(nameof(Partner), typeof(Partner), [$"Partner {partner.Id} shares an API key hash with another partner."]);
                }
            }
        }
    }

    public Partner? FindByApiKey(string apiKey) =>
        _byKeyHash.GetValueOrDefault(HashOf(apiKey));

    public static string HashOf(string apiKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
}
