using System.ComponentModel.DataAnnotations;

namespace Hub.Gateway.Partners;

/// <summary>A partner organisation as configured: who it is, what it may do, how it proves it.</summary>
public sealed class Partner
{
    /// <summary>Organisation identification number (OIN-style, 20 digits).</summary>
    [Required, RegularExpression(@"^\d{20}$")]
    public string Id { get; set; } = "";
    [Required]
    public string Name { get; set; } = "";
    [Required]
    public string Role { get; set; } = "";
    public string[] Areas { get; set; } = [];
    /// <summary>HMAC-SHA256 hashes (hex, see <see cref="PartnerRegistry.HashOf(string, string)"/>) of the partner's API keys that do not expire; two may be valid during a rotation.</summary>
    public string[] ApiKeyHashes { get; set; } = [];
    /// <summary>API keys with an expiry: from the day after <see cref="PartnerApiKey.ExpiresOn"/> the key is refused.</summary>
    public PartnerApiKey[] ApiKeys { get; set; } = [];
    /// <summary>
    /// SHA-256 thumbprints (hex, colons allowed) of client certificates that authenticate as this partner when mutual TLS
    /// is on. A partner with certificates must present one: its API key alone is then refused.
    /// </summary>
    public string[] ClientCertificateThumbprints { get; set; } = [];
}
