namespace Hub.Operations.Options;

/// <summary>A service the live view and the silence alert watch: its name in the audit trail and its base URL.</summary>
public sealed class WatchedService
{
    public string Name { get; set; } = "";
    public string? BaseUrl { get; set; }
}
