using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Hub.Gateway.Partners;

/// <summary>
/// Finds the partner behind an API key, a client certificate or (for a portal user token) an organisation id. Only keyed
/// hashes of the keys are kept (HMAC-SHA256 under <see cref="ApiKeyHashOptions.HashKey"/>), so a leaked registry leaks no key and, without the hash key, cannot be tried
/// against guessed ones; certificates are pinned by their SHA-256 thumbprint. A changed partner registry (the partners file is watched)
/// applies without a restart: a key is added or removed for a rotation, or expires on its day. A changed registry that is
/// invalid is refused with an error in the log, and the last valid one stays in force.
/// </summary>
public sealed class PartnerRegistry : IDisposable
{
    private readonly TimeProvider _clock;
    private readonly ILogger<PartnerRegistry> _logger;
    private readonly IDisposable? _watch;
    private readonly byte[] _hashKey;
    private Lookup _lookup;

    public PartnerRegistry(IOptionsMonitor<PartnerRegistryOptions> options, IOptions<ApiKeyHashOptions> keys, TimeProvider clock, ILogger<PartnerRegistry> logger)
    {
        (_clock, _logger) = (clock, logger);
        _hashKey = Encoding.UTF8.GetBytes(keys.Value.HashKey);
        _lookup = Lookup.Of(options.CurrentValue);
        _watch = options.OnChange(Reload);
    }

    public Partner? FindByApiKey(string apiKey)
    {
        if (!_lookup.ByKeyHash.TryGetValue(HashOf(apiKey, _hashKey), out var found))
        {
            return null;
        }
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        return found.ExpiresOn is { } last && today > last ? null : found.Partner;
    }

    /// <summary>The registered partner with this organisation id, or null (unknown, or removed from the registry).</summary>
    public Partner? FindById(string partnerId) => _lookup.ById.GetValueOrDefault(partnerId);

    public Partner? FindByCertificate(X509Certificate2 certificate) =>
        _lookup.ByThumbprint.GetValueOrDefault(certificate.GetCertHashString(HashAlgorithmName.SHA256));

    /// <summary>Whether the certificate is one registered for this partner.</summary>
    public static bool IsRegisteredFor(Partner partner, X509Certificate2? certificate) =>
        certificate is not null
        && partner.ClientCertificateThumbprints.Any(t => string.Equals(Thumbprint(t), certificate.GetCertHashString(HashAlgorithmName.SHA256), StringComparison.OrdinalIgnoreCase));

    /// <summary>What the registry stores for <paramref name="apiKey"/>; the same as <c>printf %s "$KEY" | openssl dgst -sha256 -hmac "$HASH_KEY"</c>.</summary>
    public static string HashOf(string apiKey, string hashKey) => HashOf(apiKey, Encoding.UTF8.GetBytes(hashKey));

    private static string HashOf(string apiKey, byte[] hashKey) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(hashKey, Encoding.UTF8.GetBytes(apiKey)));

    public void Dispose() => _watch?.Dispose();

    private void Reload(PartnerRegistryOptions options)
    {
        try
        {
            Volatile.Write(ref _lookup, Lookup.Of(options));
            _logger.LogInformation("Partner registry reloaded: {Partners} partners", options.Partners.Count);
        }
        catch (OptionsValidationException ex)
        {
            _logger.LogError("Partner registry change refused, the previous registry stays in force: {Failure}", ex.Message);
        }
    }

    private static string Thumbprint(string configured) => configured.Replace(":", "", StringComparison.Ordinal);

    private sealed record Lookup(
        Dictionary<string, (Partner Partner, DateOnly? ExpiresOn)> ByKeyHash, Dictionary<string, Partner> ByThumbprint, Dictionary<string, Partner> ById)
    {
        public static Lookup Of(PartnerRegistryOptions options)
        {
            var byKeyHash = new Dictionary<string, (Partner, DateOnly?)>(StringComparer.OrdinalIgnoreCase);
            var byThumbprint = new Dictionary<string, Partner>(StringComparer.OrdinalIgnoreCase);
            var byId = new Dictionary<string, Partner>(StringComparer.Ordinal);
            foreach (var partner in options.Partners)
            {
                if (!PartnerRole.All.Contains(partner.Role))
                {
                    throw Invalid($"Partner {partner.Id} has unknown role '{partner.Role}'.");
                }
                if (!byId.TryAdd(partner.Id, partner))
                {
                    throw Invalid($"Partner {partner.Id} is registered twice.");
                }
                var keys = partner.ApiKeyHashes.Select(hash => (hash, (DateOnly?)null)).Concat(partner.ApiKeys.Select(key => (key.Hash, key.ExpiresOn)));
                foreach (var (hash, expiresOn) in keys)
                {
                    if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
                    {
                        throw Invalid($"Partner {partner.Id} has an API key hash that is not 64 hex digits (HMAC-SHA256).");
                    }
                    if (!byKeyHash.TryAdd(hash, (partner, expiresOn)))
                    {
                        throw Invalid($"Partner {partner.Id} shares an API key hash with another partner.");
                    }
                }
                foreach (var thumbprint in partner.ClientCertificateThumbprints.Select(Thumbprint))
                {
                    if (thumbprint.Length != 64 || !thumbprint.All(char.IsAsciiHexDigit))
                    {
                        throw Invalid($"Partner {partner.Id} has a client certificate thumbprint that is not 64 hex digits (SHA-256).");
                    }
                    if (!byThumbprint.TryAdd(thumbprint, partner))
                    {
                        throw Invalid($"Partner {partner.Id} shares a client certificate with another partner.");
                    }
                }
            }
            return new Lookup(byKeyHash, byThumbprint, byId);
        }
    }

    private static OptionsValidationException Invalid(string failure) =>
        new(nameof(Partner), typeof(Partner), [failure]);
}
