namespace Hub.Gateway.Partners;

/// <summary>
/// The key the partner portal signs its portal user tokens with (HS256), shared by portal and gateway. No default: without
/// a key every bearer token is refused.
/// </summary>
public sealed class PortalTokenOptions
{
    public const string Section = "Hub:Gateway:PortalTokens";
    public const int MinimumKeyBytes = 32;

    /// <summary>Base64 key of at least 32 bytes (<c>openssl rand -base64 32</c>); empty: the gateway accepts no portal user tokens.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>The decoded key, or null when it is not base64 or shorter than <see cref="MinimumKeyBytes"/>.</summary>
    public byte[]? KeyBytes()
    {
        var buffer = new byte[SigningKey.Length];
        return Convert.TryFromBase64String(SigningKey, buffer, out var written) && written >= MinimumKeyBytes ? buffer[..written] : null;
    }
}
