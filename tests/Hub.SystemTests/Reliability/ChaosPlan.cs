using System.Globalization;

namespace Hub.SystemTests.Reliability;

/// <summary>
/// Which service to SIGKILL when. The fast run (./test.sh) kills each service twice at random moments; the soak
/// (scripts/soak.sh, HUB_SOAK_SECONDS) keeps killing in random order until its duration is up. HUB_CHAOS_SEED
/// repeats a run's order and timing.
/// </summary>
internal sealed class ChaosPlan
{
    public static readonly string[] Services = ["Hub.Gateway", "Hub.JobMatching", "Hub.Signals"];
    private const int KillsPerServiceInFastRun = 2;

    private readonly Random _random;

    private ChaosPlan(int seed, TimeSpan? soak) => (Seed, Soak, _random) = (seed, soak, new Random(seed));

    public int Seed { get; }

    /// <summary>Null in the fast run.</summary>
    public TimeSpan? Soak { get; }

    public static ChaosPlan FromEnvironment()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("HUB_CHAOS_SEED"), CultureInfo.InvariantCulture, out var s) ? s : Random.Shared.Next(1, 1_000_000);
        var soak = int.TryParse(Environment.GetEnvironmentVariable("HUB_SOAK_SECONDS"), CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : (TimeSpan?)null;
        return new ChaosPlan(seed, soak);
    }

    /// <summary>The victims in order: each service twice (shuffled) for the fast run, rounds of all three (shuffled) for as long as the soak lasts.</summary>
    public IEnumerable<string> Victims(Func<bool> soakIsOver)
    {
        if (Soak is null)
        {
            foreach (var victim in Enumerable.Repeat(Services, KillsPerServiceInFastRun).SelectMany(s => s).OrderBy(_ => _random.Next()).ToList())
            {
                yield return victim;
            }
            yield break;
        }
        while (!soakIsOver())
        {
            foreach (var victim in Services.OrderBy(_ => _random.Next()).ToList())
            {
                yield return victim;
            }
        }
    }

    /// <summary>A random moment: the time to let the traffic run before the next kill.</summary>
    public TimeSpan PauseBeforeKill() => TimeSpan.FromMilliseconds(_random.Next(500, 3_000));
}
