namespace Hub.Gateway.Partners;

/// <summary>One of a partner's API keys: its SHA-256 hash (hex) and the last day it is accepted (UTC), if it expires.</summary>
public sealed class PartnerApiKey
{
    public string Hash { get; set; } = "";
    public DateOnly? ExpiresOn { get; set; }
}
