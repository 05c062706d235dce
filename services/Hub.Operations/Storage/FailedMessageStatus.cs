namespace Hub.Operations.Storage;

public enum FailedMessageStatus
{
    /// <summary>Waiting for an operator.</summary>
    Unresolved,
    /// <summary>Queued for a rate-limited retry.</summary>
    RetryQueued,
    /// <summary>Moved back to its queue; the audit trail shows what happened next.</summary>
    Retried,
    Archived,
}
