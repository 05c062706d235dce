namespace Hub.Signals.Storage;

public enum SignalState
{
    Routed,
    /// <summary>Did not fit the policy (unknown category or field, a value that looks like a BSN); delivered to nobody.</summary>
    Rejected,
}
