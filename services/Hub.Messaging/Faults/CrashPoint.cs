namespace Hub.Messaging.Faults;

/// <summary>Places where a process can be made to die, to prove that no message is lost or applied twice.</summary>
public enum CrashPoint
{
    None,
    /// <summary>A consumer's effect, inbox record and outbox messages are committed; the message is not yet acked.</summary>
    AfterConsumeCommit,
    /// <summary>The relay has read committed outbox messages but not published them.</summary>
    BeforeOutboxPublish,
    /// <summary>The broker confirmed the relay's publish; the outbox rows are not yet marked sent.</summary>
    AfterOutboxPublish,
    /// <summary>A partner adapter committed one batch of an export (outbox rows and progress); the rest of the file is not imported yet.</summary>
    AfterImportBatch,
}
