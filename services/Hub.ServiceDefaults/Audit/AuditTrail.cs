using System.Threading.Channels;
using Hub.Contracts.Operations;

namespace Hub.ServiceDefaults.Audit;

/// <summary>
/// The in-process buffer between the MassTransit observers and <see cref="AuditShipper"/>. Recording never
/// waits: auditing must not slow down or stop the messages it describes.
/// </summary>
public sealed class AuditTrail
{
    private readonly Channel<AuditEntry> _channel;
    private long _dropped;

    public AuditTrail(int capacity, string service)
    {
        Service = service;
        _channel = Channel.CreateBounded<AuditEntry>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true },
            _ => Interlocked.Increment(ref _dropped));
    }

    /// <summary>The reporting service's name (its application name).</summary>
    public string Service { get; }

    /// <summary>Entries lost because the buffer was full (broker away for long).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Record(AuditEntry entry) => _channel.Writer.TryWrite(entry);

    internal ChannelReader<AuditEntry> Reader => _channel.Reader;
}
