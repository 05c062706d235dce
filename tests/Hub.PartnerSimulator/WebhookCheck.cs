namespace Hub.PartnerSimulator;

public enum WebhookCheck
{
    Valid,
    MissingTimestamp,
    OutsideTolerance,
    BadSignature,
}
