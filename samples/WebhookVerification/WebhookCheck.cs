namespace Hub.Samples.WebhookVerification;

public enum WebhookCheck
{
    Valid,
    MissingTimestamp,
    OutsideTolerance,
    BadSignature,
    /// <summary>Correctly signed, but this signature was accepted before: a captured request sent again.</summary>
    Replayed,
}
