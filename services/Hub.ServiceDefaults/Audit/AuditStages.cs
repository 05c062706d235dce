namespace Hub.ServiceDefaults.Audit;

/// <summary>The stages of <c>AuditEntry.Stage</c>.</summary>
public static class AuditStages
{
    public const string Sent = "sent";
    public const string Received = "received";
    public const string Processed = "processed";
    public const string Faulted = "faulted";
    public const string Retried = "retried";
}
