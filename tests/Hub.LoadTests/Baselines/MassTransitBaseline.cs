using System.Diagnostics;
using Hub.Contracts.Matching;
using Hub.Testing;
using MassTransit;

namespace Hub.LoadTests.Baselines;

/// <summary>
/// The framework's cost: MassTransit publishing the Hub's own VacancyPublished with publisher confirms to a quorum queue
/// and a consumer that only counts, with the Hub's prefetch; no retry, no inbox, no outbox, no database.
/// </summary>
internal static class MassTransitBaseline
{
    public static async Task<(Throughput Result, int BodyBytes)> RunAsync(RabbitMqNode broker, string virtualHost, int messages, int concurrency, int prefetch,
        Action progress, CancellationToken cancellationToken)
    {
        var consumed = 0;
        var bodyBytes = 0;
        var allConsumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker.Host, (ushort)broker.Port, virtualHost, "load-masstransit-baseline", host =>
            {
                host.Username(broker.User);
                host.Password(broker.Password);
                host.PublisherConfirmation = true;
            });
            cfg.ReceiveEndpoint("masstransit-baseline", endpoint =>
            {
                endpoint.SetQuorumQueue();
                endpoint.PrefetchCount = prefetch;
                endpoint.Handler<VacancyPublished>(context =>
                {
                    Interlocked.CompareExchange(ref bodyBytes, context.ReceiveContext.Body.GetBytes().Length, 0);
                    progress();
                    if (Interlocked.Increment(ref consumed) == messages)
                    {
                        allConsumed.TrySetResult();
                    }
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync(cancellationToken);
        try
        {
            var next = -1;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                while (Interlocked.Increment(ref next) < messages)
                {
                    await bus.Publish(TrafficData.Published(), context => context.Durable = true, cancellationToken);
                }
            }));
            var accepting = clock.Elapsed;
            await allConsumed.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
            return (new Throughput(messages, accepting, clock.Elapsed), bodyBytes);
        }
        finally
        {
            await bus.StopAsync(CancellationToken.None);
        }
    }
}
