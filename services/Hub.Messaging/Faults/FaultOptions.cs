namespace Hub.Messaging.Faults;

/// <summary>Fault injection for crash tests; off unless configured.</summary>
public sealed class FaultOptions
{
    public const string Section = "Hub:Faults";

    public CrashPoint CrashAt { get; set; } = CrashPoint.None;
}
