namespace Hub.Messaging.Inbox;

/// <summary>The message at <see cref="Index"/> of a batch failed (the inner exception); the whole batch rolled back.</summary>
public sealed class InboxBatchException(int index, Exception inner)
    : Exception($"Message {index} of the batch failed; the batch rolled back.", inner)
{
    public int Index { get; } = index;
}
