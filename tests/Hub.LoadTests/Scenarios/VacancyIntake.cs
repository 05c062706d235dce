using System.Collections.Concurrent;
using System.Diagnostics;
using Hub.LoadTests.Baselines;

namespace Hub.LoadTests.Scenarios;

/// <summary>
/// The Hub path at full speed: employers and housing corporations post vacancies through Hub.Client with the same number
/// in flight as the baselines; done when job matching has stored every one and its VacancyRegistered reached a subscriber.
/// </summary>
internal static class VacancyIntake
{
    public static async Task<Throughput> RunAsync(IVacancyOwners partners, IIntakeProbe probe, int messages, int concurrency, Action<double> progress, CancellationToken cancellationToken)
    {
        var accepted = new ConcurrentBag<Guid>();
        var failures = 0;
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async caller =>
        {
            var owner = partners.VacancyOwners[caller % partners.VacancyOwners.Count];
            int n;
            while ((n = Interlocked.Increment(ref next)) < messages)
            {
                try
                {
                    accepted.Add((await owner.Vacancies.PublishAsync(TrafficData.Vacancy(n, TrafficData.InstallationOccupation), cancellationToken: cancellationToken)).VacancyId);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var accepting = Stopwatch.GetElapsedTime(start);
        var registered = 0;
        while (Stopwatch.GetElapsedTime(start) < accepting + TimeSpan.FromMinutes(3) && (registered = accepted.Count(probe.Registered.ContainsKey)) < accepted.Count)
        {
            progress(registered);
            await Task.Delay(100, cancellationToken);
        }
        progress(registered);
        // The last VacancyRegistered's arrival, not the moment this loop noticed it.
        var last = accepted.Select(id => probe.Registered.TryGetValue(id, out var at) ? at : start).Max();
        return new Throughput(registered, accepting, Stopwatch.GetElapsedTime(start, last), failures + accepted.Count - registered);
    }
}
