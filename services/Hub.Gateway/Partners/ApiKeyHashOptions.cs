using System.ComponentModel.DataAnnotations;

namespace Hub.Gateway.Partners;

/// <summary>How the partner registry's API key hashes are made.</summary>
public sealed class ApiKeyHashOptions
{
    public const string Section = "Hub:ApiKeys";

    /// <summary>
    /// The secret of HMAC-SHA256(secret, key), the hash the registry stores per key. Kept apart from the partners file, so
    /// a leaked registry cannot be tried against guessed keys. No default: the gateway refuses to start without it.
    /// </summary>
    [Required(ErrorMessage = "Hub:ApiKeys:HashKey is required: a secret of at least 32 characters (openssl rand -base64 32)."),
     MinLength(32, ErrorMessage = "Hub:ApiKeys:HashKey must be at least 32 characters (openssl rand -base64 32).")]
    public string HashKey { get; set; } = "";
}
