using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.LoadTests.Measuring;

namespace Hub.LoadTests.Scenarios;

/// <summary>
/// Vacancies at a fixed rate (open loop: one every 1/rate s whether or not earlier ones are done). For each: the POST's own
/// time, and from its 202 to the first ProposalMade at a subscriber (published after the proposal committed, so readable).
/// Every 20th is also read back by its owner through the gateway until the proposal shows: every 10 ms at first, then every
/// 5% of the time waited so far (at most 250 ms), so a backlog does not flood the gateway and job matching with reads that
/// slow down what they measure. The read-back figure is late by at most 10 ms or 5%.
/// </summary>
internal static class ProposalLatency
{
    public sealed record Outcome(Latencies Accept, Latencies ToProposal, Latencies ToReadable, int Posted, int Failed, int WithoutProposal, int ReadBackMissing);

    public static async Task<Outcome> RunAsync(IVacancyOwners partners, IIntakeProbe probe, int rate, int seconds, Action<double> progress, CancellationToken cancellationToken)
    {
        var acceptedAt = new ConcurrentDictionary<Guid, (long At, HubPartner Owner)>();
        var (accept, toProposal, toReadable) = (new Latencies(), new Latencies(), new Latencies());
        var failed = 0;
        var readBackMissing = 0;
        var total = rate * seconds;
        var start = Stopwatch.GetTimestamp();
        var calls = new List<Task>(total);
        var readBacks = new ConcurrentBag<Task>();
        for (var n = 0; n < total; n++)
        {
            var due = TimeSpan.FromSeconds((double)n / rate);
            var wait = due - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
            var number = n;
            calls.Add(Task.Run(async () =>
            {
                var owner = partners.VacancyOwners[number % partners.VacancyOwners.Count];
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    var receipt = await owner.Vacancies.PublishAsync(TrafficData.Vacancy(number, TrafficData.CareOccupation), cancellationToken: cancellationToken);
                    var at = Stopwatch.GetTimestamp();
                    accept.Add(Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds);
                    acceptedAt[receipt.VacancyId] = (at, owner);
                    if (number % 20 == 0)
                    {
                        readBacks.Add(ReadBackAsync(owner, receipt.VacancyId, at));
                    }
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failed);
                }
            }, cancellationToken));
            progress(n + 1);
        }
        await Task.WhenAll(calls);
        await WaitForProposals(probe, acceptedAt.Keys, TimeSpan.FromSeconds(30), cancellationToken);
        await Task.WhenAll(readBacks);

        var withoutProposal = 0;
        foreach (var (vacancyId, (at, _)) in acceptedAt)
        {
            if (probe.FirstProposal.TryGetValue(vacancyId, out var proposedAt))
            {
                // A proposal can reach the subscriber before the 202 reaches the caller: that counts as 0 ms.
                toProposal.Add(Stopwatch.GetElapsedTime(at, proposedAt).TotalMilliseconds);
            }
            else
            {
                withoutProposal++;
            }
        }
        return new Outcome(accept, toProposal, toReadable, total, failed, withoutProposal, readBackMissing);

        async Task ReadBackAsync(HubPartner owner, Guid vacancyId, long at)
        {
            while (Stopwatch.GetElapsedTime(at) < TimeSpan.FromSeconds(30))
            {
                var proposals = await HubPartner.Found(() => owner.Proposals.GetForVacancyAsync(vacancyId, cancellationToken));
                if (proposals?.Proposals.Count > 0)
                {
                    toReadable.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                    return;
                }
                var waited = Stopwatch.GetElapsedTime(at).TotalMilliseconds;
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(waited * 0.05, 10, 250)), cancellationToken);
            }
            Interlocked.Increment(ref readBackMissing);
        }
    }

    private static async Task WaitForProposals(IIntakeProbe probe, ICollection<Guid> vacancies, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start) < timeout && !vacancies.All(probe.FirstProposal.ContainsKey))
        {
            await Task.Delay(100, cancellationToken);
        }
    }
}
