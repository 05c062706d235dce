namespace Hub.JobMatching.Matching;

/// <summary><c>using var _ = gate.Reading();</c>: a lock held to the end of the scope, without allocating.</summary>
internal static class LockScopes
{
    public static ReadScope Reading(this ReaderWriterLockSlim gate)
    {
        gate.EnterReadLock();
        return new ReadScope(gate);
    }

    public static WriteScope Writing(this ReaderWriterLockSlim gate)
    {
        gate.EnterWriteLock();
        return new WriteScope(gate);
    }

    public readonly struct ReadScope(ReaderWriterLockSlim gate) : IDisposable
    {
        public void Dispose() => gate.ExitReadLock();
    }

    public readonly struct WriteScope(ReaderWriterLockSlim gate) : IDisposable
    {
        public void Dispose() => gate.ExitWriteLock();
    }
}
