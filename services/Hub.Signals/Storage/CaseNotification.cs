namespace Hub.Signals.Storage;

/// <summary>A multi-problem notice as sent to one organisation (the message body), kept for its pull.</summary>
public sealed class CaseNotification
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public required string RecipientOrganisation { get; set; }
    public required string Body { get; set; }
    public DateTime NotifiedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
