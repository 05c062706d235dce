namespace Hub.Signals.Storage;

public enum DisclosureDecision
{
    Delivered,
    Withheld,
    /// <summary>Told that other partners are involved (multi-problem), without content.</summary>
    Notified,
    /// <summary>An organisation asked who received the resident's data (answered or refused, see the reason).</summary>
    SubjectAccess,
}
