using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.Client.Models;
using Hub.LoadTests.Measuring;

namespace Hub.LoadTests.Scenarios;

/// <summary>
/// Housing corporations raise rent arrears at a fixed rate; the municipality's debt team pulls its deliveries through the
/// gateway every 25 ms and acknowledges them (webhook push is not on main yet, so "delivered" means "pullable"). Meanwhile
/// the municipality revokes residents' consents one by one and polls subject access until the revocation is in force:
/// from then on routing reads it, so no delivery under that consent can be made.
/// </summary>
internal static class SignalTraffic
{
    public sealed record Outcome(Latencies Accept, Latencies ToBus, Latencies ToPull, Latencies RevocationToEffect, int Raised, int Failed, int NotPulled, int RevocationsNotSeen);

    private static readonly TimeSpan PullInterval = TimeSpan.FromMilliseconds(25);

    /// <summary>Consents to revoke during the run, recorded (and waited for) before it.</summary>
    public static async Task<IReadOnlyList<(string Bsn, Guid ConsentId)>> RecordConsentsAsync(Partners partners, int count, CancellationToken cancellationToken)
    {
        var consents = new List<(string, Guid)>();
        for (var i = 0; i < count; i++)
        {
            var bsn = TrafficData.NextBsn();
            var receipt = await partners.Municipality.Consents.RecordAsync(new ConsentRequest
            {
                Bsn = bsn,
                Categories = ["youth-nuisance"],
                ToRole = "municipality",
                Purpose = "youth-care",
                ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1)),
            }, cancellationToken: cancellationToken);
            consents.Add((bsn, receipt.ConsentId));
        }
        foreach (var (bsn, consentId) in consents)
        {
            await UntilAsync(async () => (await Disclosures(partners.MunicipalityOperator, bsn, cancellationToken))?.Consents.Any(c => c.ConsentId == consentId) == true,
                TimeSpan.FromSeconds(60), cancellationToken);
        }
        return consents;
    }

    public static async Task<Outcome> RunAsync(Partners partners, HubProbe probe, IReadOnlyList<(string Bsn, Guid ConsentId)> consents, int rate, int seconds,
        Action<double> progress, CancellationToken cancellationToken)
    {
        var acceptedAt = new ConcurrentDictionary<string, long>();
        var pulledAt = new ConcurrentDictionary<string, long>();
        var (accept, toBus, toPull, revocation) = (new Latencies(), new Latencies(), new Latencies(), new Latencies());
        var failed = 0;
        var total = rate * seconds;
        using var sending = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var puller = PullAsync(partners.Municipality, acceptedAt, pulledAt, sending.Token);
        var revoker = RevokeAsync(partners, consents, TimeSpan.FromSeconds(seconds), revocation, cancellationToken);

        var start = Stopwatch.GetTimestamp();
        var calls = new List<Task>(total);
        for (var n = 0; n < total; n++)
        {
            var wait = TimeSpan.FromSeconds((double)n / rate) - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
            var marker = Interlocked.Increment(ref _markers);
            var sender = partners.HousingCorporations[n % partners.HousingCorporations.Count];
            calls.Add(Task.Run(async () =>
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    await sender.Signals.RaiseAsync(TrafficData.RentArrears(marker), cancellationToken: cancellationToken);
                    var at = Stopwatch.GetTimestamp();
                    accept.Add(Stopwatch.GetElapsedTime(sent, at).TotalMilliseconds);
                    acceptedAt[TrafficData.MarkerFor(marker)] = at;
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failed);
                }
            }, cancellationToken));
            progress(n + 1);
        }
        await Task.WhenAll(calls);
        await UntilAsync(() => Task.FromResult(acceptedAt.Keys.All(pulledAt.ContainsKey)), TimeSpan.FromSeconds(30), cancellationToken);
        await sending.CancelAsync();
        await puller;
        var revocationsNotSeen = await revoker;

        foreach (var (marker, at) in acceptedAt)
        {
            if (probe.Delivered.TryGetValue(marker, out var onBus))
            {
                toBus.Add(Stopwatch.GetElapsedTime(at, onBus).TotalMilliseconds);
            }
            if (pulledAt.TryGetValue(marker, out var pulled))
            {
                toPull.Add(Stopwatch.GetElapsedTime(at, pulled).TotalMilliseconds);
            }
        }
        return new Outcome(accept, toBus, toPull, revocation, total, failed, acceptedAt.Count - toPull.Count, revocationsNotSeen);
    }

    private static int _markers;

    private static async Task PullAsync(HubPartner recipient, ConcurrentDictionary<string, long> acceptedAt, ConcurrentDictionary<string, long> pulledAt, CancellationToken stop)
    {
        var acknowledged = new HashSet<Guid>();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var list = await recipient.Signals.GetDeliveriesAsync(maxCount: 500, cancellationToken: stop);
                var now = Stopwatch.GetTimestamp();
                var fresh = new List<Guid>();
                foreach (var delivery in list.Deliveries.Where(d => d.Category == "rent-arrears"))
                {
                    pulledAt.TryAdd(TrafficData.MarkerOf(delivery.Details), now);
                    if (acknowledged.Add(delivery.DeliveryId))
                    {
                        fresh.Add(delivery.DeliveryId);
                    }
                }
                if (fresh.Count > 0)
                {
                    await recipient.Signals.AcknowledgeAsync(new AcknowledgementRequest { DeliveryIds = fresh }, cancellationToken: stop);
                }
                await Task.Delay(PullInterval, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception)
            {
                // A failed pull is retried on the next tick, as a partner's poller would.
            }
        }
    }

    /// <summary>Revokes the consents spread over the run; returns how many were not in force within 30 s.</summary>
    private static async Task<int> RevokeAsync(Partners partners, IReadOnlyList<(string Bsn, Guid ConsentId)> consents, TimeSpan spread, Latencies latencies, CancellationToken cancellationToken)
    {
        var notSeen = 0;
        var gap = consents.Count == 0 ? TimeSpan.Zero : spread / consents.Count;
        foreach (var (bsn, consentId) in consents)
        {
            var next = Task.Delay(gap, cancellationToken);
            await partners.Municipality.Consents.RevokeAsync(new ConsentRevocationRequest { Bsn = bsn, ConsentId = consentId }, cancellationToken: cancellationToken);
            var accepted = Stopwatch.GetTimestamp();
            var inForce = await UntilAsync(async () => (await Disclosures(partners.MunicipalityOperator, bsn, cancellationToken))?.Consents
                .Any(c => c.ConsentId == consentId && c.RevokedAt is not null) == true, TimeSpan.FromSeconds(30), cancellationToken, poll: TimeSpan.FromMilliseconds(10));
            if (inForce)
            {
                latencies.Add(Stopwatch.GetElapsedTime(accepted).TotalMilliseconds);
            }
            else
            {
                notSeen++;
            }
            await next;
        }
        return notSeen;
    }

    private static Task<SubjectDisclosures?> Disclosures(HubPartner municipality, string bsn, CancellationToken cancellationToken) =>
        HubPartner.Found(() => municipality.SubjectAccess.RequestAsync(new SubjectAccessRequest { Bsn = bsn }, cancellationToken));

    private static async Task<bool> UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken, TimeSpan? poll = null)
    {
        var start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start) < timeout)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(poll ?? TimeSpan.FromMilliseconds(100), cancellationToken);
        }
        return false;
    }
}
