using System.Diagnostics;

namespace Hub.Messaging.Diagnostics;

/// <summary>
/// The moments at which a durable message changes hands, written to the "Hub.Messaging" <see cref="DiagnosticListener"/>
/// for diagnostic tools (and the crash tests, which stop the process at one of them). With no subscriber a write costs
/// one check.
/// </summary>
public static class DurabilityEvents
{
    public const string ListenerName = "Hub.Messaging";

    /// <summary>A consumer's effect, inbox record and outbox messages are committed; the message is not yet acknowledged. Payload: the number of messages.</summary>
    public const string ConsumeCommitted = nameof(ConsumeCommitted);

    /// <summary>The relay has read committed outbox messages and not yet published them. Payload: their number.</summary>
    public const string OutboxRead = nameof(OutboxRead);

    /// <summary>The broker confirmed the relay's publish; the outbox rows are not yet marked sent. Payload: the number published.</summary>
    public const string OutboxPublished = nameof(OutboxPublished);

    /// <summary>A partner adapter committed one batch of an export (outbox rows and progress). Payload: the rows done so far.</summary>
    public const string ImportBatchCommitted = nameof(ImportBatchCommitted);

    private static readonly DiagnosticListener Listener = new(ListenerName);

    public static void Write(string name, int count)
    {
        if (Listener.IsEnabled(name))
        {
            Listener.Write(name, count);
        }
    }
}
