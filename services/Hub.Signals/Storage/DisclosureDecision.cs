namespace Hub.Signals.Storage;

public enum DisclosureDecision
{
    Delivered,
    Withheld,
    /// <summary>Told that other partners are involved (multi-problem), without content.</summary>
    Notified,
}
