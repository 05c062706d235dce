namespace Hub.PartnerIntegration.Options;

public sealed class ImportOptions
{
    /// <summary>Rows committed to the outbox per transaction; progress is recorded after each batch.</summary>
    public int BatchSize { get; set; } = 100;
    /// <summary>How often drop folders and export APIs are looked at.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
}
