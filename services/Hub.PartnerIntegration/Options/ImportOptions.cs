namespace Hub.PartnerIntegration.Options;

public sealed class ImportOptions
{
    /// <summary>Rows committed to the outbox per transaction; progress is recorded after each batch.</summary>
    public int BatchSize { get; set; } = 100;
    /// <summary>How often drop folders and export APIs are looked at.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>The largest export read (drop-folder file or export-API download); a larger one is rejected unread.</summary>
    public long MaxExportBytes { get; set; } = 64L * 1024 * 1024;
    /// <summary>How long a rejected export (it holds BSNs) stays in rejected/ for the partner to fix it; then it is deleted.</summary>
    public TimeSpan RejectedRetention { get; set; } = TimeSpan.FromDays(14);
}
