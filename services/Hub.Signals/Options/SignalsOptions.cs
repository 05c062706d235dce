using System.ComponentModel.DataAnnotations;

namespace Hub.Signals.Options;

public sealed class SignalsOptions
{
    public const string Section = "Hub:Signals";
    public const int MinimumKeyBytes = 32;

    /// <summary>The signal policy (see seeds/signal-policies.json); a relative path is looked up beside the binaries.</summary>
    [Required]
    public string PoliciesFile { get; set; } = "signal-policies.json";
    /// <summary>Base64 HMAC-SHA256 key for the per-recipient pseudonyms; secret, at least 32 bytes, no default.</summary>
    [Required]
    public string PseudonymKey { get; set; } = "";
    /// <summary>How often the retention purge runs.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>An ended or revoked consent is kept this long as proof for the deliveries it allowed, then purged.</summary>
    public TimeSpan ConsentGracePeriod { get; set; } = TimeSpan.FromDays(90);

    public static bool IsValidKey(string? key)
    {
        var buffer = new byte[256];
        return !string.IsNullOrWhiteSpace(key) && Convert.TryFromBase64String(key, buffer, out var length) && length >= MinimumKeyBytes;
    }
}
