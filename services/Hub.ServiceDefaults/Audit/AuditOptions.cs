using System.ComponentModel.DataAnnotations;

namespace Hub.ServiceDefaults.Audit;

public sealed class AuditOptions
{
    public const string Section = "Hub:Audit";

    /// <summary>Report every message's journey to the audit channel (Hub.Operations stores it).</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Entries per <c>AuditBatch</c> message.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;
    /// <summary>How long the shipper waits to fill a batch before it sends a partial one.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(250);
    /// <summary>Entries held in memory while the broker is away; beyond it the oldest are dropped (and counted), never blocking business messages.</summary>
    [Range(100, 10_000_000)]
    public int BufferCapacity { get; set; } = 100_000;
}
