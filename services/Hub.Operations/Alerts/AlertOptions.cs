namespace Hub.Operations.Alerts;

public sealed class AlertOptions
{
    public const string Section = "Hub:Operations:Alerts";

    /// <summary>Alerts are POSTed here as JSON; empty means alerts only show in the console.</summary>
    public string? WebhookUrl { get; set; }
    /// <summary>This many faulted messages within <see cref="Window"/> raise an alert.</summary>
    public int FailureThreshold { get; set; } = 10;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>A watched service that reported nothing for this long is called silent.</summary>
    public TimeSpan SilentAfter { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
