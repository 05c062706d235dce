using System.Diagnostics;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests.Reliability;

/// <summary>
/// Partner traffic through a running Hub with a fault in the middle: start it, let the test break something,
/// stop it, wait until the Hub has settled, then count every accepted request's effects.
/// </summary>
internal sealed class LoadRun : IAsyncDisposable
{
    private readonly HubRig _rig;
    private readonly HubServices _hub;
    private readonly ITestOutputHelper _output;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private LoadRun(SystemRig rig, HubServices hub, ITestOutputHelper output, int seed)
    {
        (_rig, _hub, _output) = (rig, hub, output);
        Traffic = new PartnerTraffic(hub, new TestResidents(seed), $"run{seed}");
        _running = Traffic.RunAsync(_stop.Token);
    }

    public PartnerTraffic Traffic { get; }

    public AcceptedRequests Accepted => Traffic.Accepted;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Starts the four partners posting; they keep going until <see cref="StopSettleAndCountAsync"/>.</summary>
    public static LoadRun Start(SystemRig rig, HubServices hub, ITestOutputHelper output, int seed) => new(rig, hub, output, seed);

    /// <summary>Writes a timestamped line to the test output.</summary>
    public void Note(string what) => _output.WriteLine($"{_clock.Elapsed:mm\\:ss} {what} ({Accepted.Total} accepted so far)");

    /// <summary>Waits until the partners have been told <paramref name="more"/> more requests were accepted: traffic really flows.</summary>
    public async Task WhenAcceptedAsync(int more)
    {
        var target = Accepted.Total + more;
        await Eventually.True(() =>
        {
            ThrowIfTrafficFailed();
            return Accepted.Total >= target;
        }, $"{more} more requests accepted", timeoutSeconds: 180);
    }

    /// <summary>Fails the test at once if the partners' traffic itself broke (e.g. a request refused for minutes).</summary>
    public void ThrowIfTrafficFailed() => Assert.False(_running.IsFaulted, $"the partners' traffic failed: {_running.Exception}");

    /// <summary>
    /// Stops the traffic (each partner finishes its request), waits until outboxes are sent and queues drained,
    /// and returns the effect counts, printed as RELIABILITY lines. <paramref name="announcementsComplete"/>: see <see cref="HubEffects"/>.
    /// </summary>
    public async Task<LoadResult> StopSettleAndCountAsync(bool announcementsComplete = true)
    {
        await Task.Delay(TimeSpan.FromSeconds(2)); // some traffic after the last fault, too
        await _stop.CancelAsync();
        await _running;
        Note($"traffic stopped, {Accepted.Refusals} refusals retried;");

        var effects = new HubEffects(_hub, _rig.TapOf(_hub.VirtualHost));
        try
        {
            await Eventually.True(async () => await WaitingInQueuesAsync() == 0 && await effects.UnsentOutboxAsync() == 0,
                "the Hub settles: outboxes sent, queues drained", timeoutSeconds: 300);
        }
        catch (TimeoutException)
        {
            // Which queue or outbox is stuck says which service did not recover, and its consumers and unacknowledged
            // messages say how: no consumer (the endpoint never came back) or messages held (a consumer that hangs).
            Note($"not settled: queues [{string.Join("; ", await _rig.BusyQueuesAsync(_hub.VirtualHost))}], unsent outbox rows {await effects.UnsentOutboxAsync()}");
            foreach (var service in _hub.Processes)
            {
                Note($"{service.ProjectName} health/ready: {await service.DescribeHealthAsync()}");
            }
            throw;
        }
        await Task.Delay(TimeSpan.FromSeconds(2)); // room for a wrong late effect to appear
        var counts = await effects.CountAsync(Accepted, announcementsComplete);
        var deadLettered = (await _rig.QueueDepthsAsync(_hub.VirtualHost)).Where(q => q.Key.EndsWith("_error", StringComparison.Ordinal)).Sum(q => q.Value);

        _output.WriteLine($"RELIABILITY duration {_clock.Elapsed:mm\\:ss}; accepted {Accepted.Total}; refusals retried {Accepted.Refusals}; dead-lettered {deadLettered}");
        foreach (var count in counts)
        {
            _output.WriteLine($"RELIABILITY {count}");
        }
        return new LoadResult(counts, deadLettered);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
#pragma warning disable CA1031 // the test has already failed for its own reason; this only stops the traffic
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        _stop.Dispose();
    }

    /// <summary>Messages waiting in consumer queues (error queues and the test's own tap excluded).</summary>
    private async Task<int> WaitingInQueuesAsync() =>
        (await _rig.QueueDepthsAsync(_hub.VirtualHost))
            .Where(q => !q.Key.EndsWith("_error", StringComparison.Ordinal) && !q.Key.StartsWith("hub-test-", StringComparison.Ordinal))
            .Sum(q => q.Value);
}

/// <summary>Effect counts after a run, and the messages that ended in an error queue.</summary>
internal sealed record LoadResult(IReadOnlyList<EffectCount> Counts, int DeadLettered)
{
    /// <summary>Every kind of effect was exercised, none lost, none applied twice, nothing dead-lettered.</summary>
    public void AssertNothingLostOrDuplicated()
    {
        Assert.All(Counts, c => Assert.True(c.Expected > 0, $"no {c.Kind} to check"));
        Assert.All(Counts, c => Assert.True(c.Lost == 0 && c.Duplicated == 0, c.ToString()));
        Assert.Equal(0, DeadLettered);
    }
}
