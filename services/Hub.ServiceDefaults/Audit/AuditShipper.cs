using Hub.Contracts.Operations;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.ServiceDefaults.Audit;

/// <summary>
/// Drains the <see cref="AuditTrail"/> into <see cref="AuditBatch"/> messages: one publish per batch (size or
/// flush interval, whichever comes first) keeps auditing cheap next to the traffic it describes.
/// </summary>
internal sealed class AuditShipper(AuditTrail trail, IBus bus, IOptions<AuditOptions> options, ILogger<AuditShipper> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var reader = trail.Reader;
        var reportedDrops = 0L;
        while (await reader.WaitToReadAsync(stoppingToken))
        {
            // Let a batch fill up a little: fewer, larger messages.
            await Task.Delay(settings.FlushInterval, stoppingToken);
            while (reader.TryPeek(out _))
            {
                var entries = new List<AuditEntry>(settings.BatchSize);
                while (entries.Count < settings.BatchSize && reader.TryRead(out var entry))
                {
                    entries.Add(entry);
                }
                await PublishAsync(new AuditBatch { Service = trail.Service, Entries = entries }, stoppingToken);
            }
            if (trail.Dropped != reportedDrops)
            {
                reportedDrops = trail.Dropped;
                logger.LogWarning("Audit buffer full: {Dropped} audit entries dropped so far", reportedDrops);
            }
        }
    }

    private async Task PublishAsync(AuditBatch batch, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await bus.Publish(batch, stoppingToken);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The broker is away: keep the batch and try again; new entries wait in the bounded buffer.
                logger.LogWarning(ex, "Publishing an audit batch of {Count} entries failed; retrying", batch.Entries.Count);
                await Task.Delay(RetryDelay, stoppingToken);
            }
        }
    }
}
