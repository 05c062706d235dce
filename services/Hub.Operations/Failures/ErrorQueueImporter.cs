using Hub.Operations.Clients;
using Hub.Operations.Options;
using Hub.Operations.Storage;
using Hub.ServiceDefaults;
using Hub.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Hub.Operations.Failures;

/// <summary>
/// Empties MassTransit's <c>_error</c> queues into the failed-message store (found through the management API):
/// each message is committed to the database first and only then acknowledged, so a crash in between keeps it
/// on the queue (and the import merges the duplicate by message id).
/// </summary>
internal sealed class ErrorQueueImporter(
    IServiceScopeFactory scopes,
    IRabbitMqManagementApi management,
    BrokerConnection broker,
    IOptions<BrokerManagementOptions> options,
    IOptions<RabbitMqOptions> rabbit,
    TimeProvider clock,
    ILogger<ErrorQueueImporter> logger) : PeriodicWork(clock, logger)
{
    private const string ErrorSuffix = "_error";
    private const int MessagesPerPass = 500;

    protected override TimeSpan Interval => options.Value.ErrorQueueScanInterval;
    protected override string Work => "Importing error queues";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => ImportAsync(cancellationToken);

    public async Task ImportAsync(CancellationToken cancellationToken)
    {
        var queues = await management.GetQueuesAsync(rabbit.Value.VirtualHost, cancellationToken);
        foreach (var queue in queues.Where(q => q.Name.EndsWith(ErrorSuffix, StringComparison.Ordinal) && q.Messages > 0))
        {
            var imported = await ImportQueueAsync(queue.Name, cancellationToken);
            Logger.LogInformation("Imported {Count} failed messages from {Queue}", imported, queue.Name);
        }
    }

    private async Task<int> ImportQueueAsync(string errorQueue, CancellationToken cancellationToken)
    {
        await using var channel = await broker.OpenChannelAsync(cancellationToken);
        var count = 0;
        while (count < MessagesPerPass && await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken) is { } delivery)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<OperationsDb>();
                var failure = ErrorQueueMessage.Read(errorQueue[..^ErrorSuffix.Length], delivery.BasicProperties, delivery.Body);
                var existing = await db.FailedMessages.FirstOrDefaultAsync(f => f.MessageId == failure.MessageId && f.Queue == failure.Queue, cancellationToken);
                if (existing is null)
                {
                    db.FailedMessages.Add(failure);
                }
                else
                {
                    // The same message failed again (after a retry): one entry, counted, back to unresolved.
                    existing.FailureCount++;
                    existing.LastFailedAt = failure.FailedAt;
                    existing.ExceptionType = failure.ExceptionType;
                    existing.ExceptionMessage = failure.ExceptionMessage;
                    existing.StackTrace = failure.StackTrace;
                    existing.Headers = failure.Headers;
                    existing.Body = failure.Body;
                    existing.Status = FailedMessageStatus.Unresolved;
                }
                await db.SaveChangesAsync(cancellationToken);
            }
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
            count++;
        }
        return count;
    }
}
