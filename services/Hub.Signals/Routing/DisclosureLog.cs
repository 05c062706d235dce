using System.Diagnostics;

namespace Hub.Signals.Routing;

/// <summary>Writes every decision about a resident's data to the disclosure log, in the decision's own transaction.</summary>
public sealed class DisclosureLog(SignalsDb db, SignalPolicy policy, TimeProvider clock)
{
    public void Record(DisclosureEntry entry)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The activity of the consume (or of the caller) ties the entry to the Hub's W3C traces.
        var activity = Activity.Current;
        entry.PolicyVersion = policy.Version;
        entry.TraceId = activity?.TraceId.ToHexString();
        entry.SpanId = activity?.SpanId.ToHexString();
        entry.DecidedAt = now;
        entry.ExpiresAt = now + policy.DisclosureLogRetention;
        db.DisclosureLog.Add(entry);
    }
}
