namespace Hub.Pseudonymisation;

/// <summary>The secret behind subject pseudonyms. There is no default: every environment sets its own key.</summary>
public sealed class PseudonymisationOptions
{
    public const string Section = "Hub:Pseudonymisation";
    public const int MinimumKeyBytes = 32;

    /// <summary>Base64 HMAC-SHA256 key of at least 32 bytes. Changing it changes every pseudonym.</summary>
    public string Key { get; set; } = "";

    /// <summary>The decoded key, or null when it is not base64 or shorter than <see cref="MinimumKeyBytes"/>.</summary>
    public byte[]? KeyBytes()
    {
        var buffer = new byte[Key.Length];
        return Convert.TryFromBase64String(Key, buffer, out var written) && written >= MinimumKeyBytes ? buffer[..written] : null;
    }
}
