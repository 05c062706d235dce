using System.Diagnostics;
using Hub.LoadTests.Measuring;
using Hub.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Hub.LoadTests.Baselines;

/// <summary>
/// The broker's ceiling here: RabbitMQ.Client 7 publishing persistent messages with publisher confirms to a quorum
/// queue (as the Hub's) and consuming them with manual acks and the Hub's prefetch, the same number in flight.
/// Given meters, it reports their CPU from the first publish to the last consume (connection and queue setup left out).
/// </summary>
internal static class RawRabbitMqBaseline
{
    private const string Queue = "raw-baseline";

    public static async Task<Throughput> RunAsync(RabbitMqNode broker, string virtualHost, int messageBytes, int messages, int concurrency, ushort prefetch,
        Action progress, CancellationToken cancellationToken, IReadOnlyList<ProcessMeter>? meters = null)
    {
        var factory = new ConnectionFactory
        {
            HostName = broker.Host, Port = broker.Port, VirtualHost = virtualHost, UserName = broker.User, Password = broker.Password,
        };
        await using var connection = await factory.CreateConnectionAsync("load-raw-baseline", cancellationToken);
        await using (var setup = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            await setup.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false,
                arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken);
            await setup.QueuePurgeAsync(Queue, cancellationToken);
        }

        var consumed = 0;
        var allConsumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var consumerChannel = await connection.CreateChannelAsync(
            new CreateChannelOptions(false, false, consumerDispatchConcurrency: prefetch), cancellationToken);
        await consumerChannel.BasicQosAsync(0, prefetch, false, cancellationToken);
        var consumer = new AsyncEventingBasicConsumer(consumerChannel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await consumerChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            progress();
            if (Interlocked.Increment(ref consumed) == messages)
            {
                allConsumed.TrySetResult();
            }
        };
        await consumerChannel.BasicConsumeAsync(Queue, autoAck: false, consumer, cancellationToken);

        // One channel per eight publishers in flight, each awaiting its own confirm like a gateway request.
        var channels = await Task.WhenAll(Enumerable.Range(0, Math.Max(1, concurrency / 8)).Select(_ =>
            connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken)));
        var body = new byte[messageBytes];
        Random.Shared.NextBytes(body);
        var properties = new BasicProperties { Persistent = true, ContentType = "application/vnd.masstransit+json" };
        var next = -1;
        var cpu = meters is null ? null : CpuSpan.Start(meters);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async publisher =>
        {
            var channel = channels[publisher % channels.Length];
            while (Interlocked.Increment(ref next) < messages)
            {
                await channel.BasicPublishAsync("", Queue, mandatory: false, properties, body, cancellationToken);
            }
        }));
        var accepting = clock.Elapsed;
        await allConsumed.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        var endToEnd = clock.Elapsed;
        var cpuSeconds = cpu?.Seconds() ?? double.NaN;
        foreach (var channel in channels)
        {
            await channel.DisposeAsync();
        }
        return new Throughput(messages, accepting, endToEnd, CpuSeconds: cpuSeconds);
    }
}
