namespace Hub.Messaging.Outbox;

/// <summary>The outbox's metric names, as the dashboard and the alert rules in infra/prometheus read them.</summary>
public static class OutboxMetrics
{
    public const string Meter = "Hub.Messaging";
    public const string Pending = "hub.outbox.pending";
    public const string OldestPendingAge = "hub.outbox.oldest_pending_age";
    /// <summary>The service's database the outbox lives in (MatchingDb, SignalsDb, ...).</summary>
    public const string OutboxTag = "hub.outbox";
}
