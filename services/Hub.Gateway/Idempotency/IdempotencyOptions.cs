using System.ComponentModel.DataAnnotations;

namespace Hub.Gateway.Idempotency;

public sealed class IdempotencyOptions
{
    public const string Section = "Hub:Gateway:Idempotency";

    /// <summary>How long a stored answer is replayed; a client retrying later than this gets a fresh attempt.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);
    /// <summary>How often expired records are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>After this a record still "in progress" counts as abandoned (the gateway stopped mid-request) and the key is free again.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan InProgressTimeout { get; set; } = TimeSpan.FromMinutes(1);
}
