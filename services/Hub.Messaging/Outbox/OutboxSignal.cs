namespace Hub.Messaging.Outbox;

/// <summary>Wakes the relay of one database right after a commit, so publishing does not wait for the poll.</summary>
public sealed class OutboxSignal<TDb>
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        if (_pending.CurrentCount == 0)
        {
            try { _pending.Release(); } catch (SemaphoreFullException) { /* already signalled */ }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);
}
