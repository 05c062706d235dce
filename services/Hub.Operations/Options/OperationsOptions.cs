using System.ComponentModel.DataAnnotations;

namespace Hub.Operations.Options;

public sealed class OperationsOptions
{
    public const string Section = "Hub:Operations";

    /// <summary>How long audit records are kept.</summary>
    public TimeSpan AuditRetention { get; set; } = TimeSpan.FromDays(30);
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Focus areas with their PC4 codes (seeds/areas.json): a message's postcode tells its area.</summary>
    [Required]
    public string AreasFile { get; set; } = "areas.json";
    /// <summary>Trace ids link to "{JaegerUrl}/trace/{traceId}".</summary>
    public string JaegerUrl { get; set; } = "http://localhost:16686";
    /// <summary>Services whose /health/ready the live view shows (name and base URL).</summary>
    public List<WatchedService> Services { get; set; } = [];
    /// <summary>The partner adapters the console reaches over the bus (each on its queue "{name}-operations").</summary>
    public List<string> Adapters { get; set; } = ["housing", "schools", "police"];
    /// <summary>How long the console waits for an adapter's answer.</summary>
    public TimeSpan AdapterTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
