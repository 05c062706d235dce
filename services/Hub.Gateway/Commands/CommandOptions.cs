using System.ComponentModel.DataAnnotations;

namespace Hub.Gateway.Commands;

public sealed class CommandOptions
{
    public const string Section = "Hub:Gateway:Commands";

    /// <summary>How long a partner can read what became of a command.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
