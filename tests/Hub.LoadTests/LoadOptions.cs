using System.Globalization;

namespace Hub.LoadTests;

/// <summary>What to run and how hard; every default is what docs/performance.md reports.</summary>
internal sealed record LoadOptions
{
    /// <summary>all: baselines, the Hub flows and wrk; baselines: raw RabbitMQ and MassTransit only; quick: one short round on SQLite.</summary>
    public string Command { get; init; } = "all";
    public int Rounds { get; init; } = 3;
    public IReadOnlyList<DatabaseKind> Databases { get; init; } = [DatabaseKind.Sqlite, DatabaseKind.Postgres];
    /// <summary>Messages per throughput measurement (raw, MassTransit, Hub intake).</summary>
    public int Messages { get; init; } = 2000;
    /// <summary>Publishers (or partner calls) in flight at once, the same for every throughput measurement.</summary>
    public int Concurrency { get; init; } = 32;
    /// <summary>Vacancies a second for the accepted-to-first-proposal latency (the 200/s).</summary>
    public int ProposalRate { get; init; } = 200;
    /// <summary>A rate this machine sustains, for the latency of a Hub that is not saturated.</summary>
    public int SustainableProposalRate { get; init; } = 20;
    public int PhaseSeconds { get; init; } = 10;
    public int SignalRate { get; init; } = 50;
    public int Revocations { get; init; } = 20;
    public int JobSeekers { get; init; } = 3000;
    public int WrkConnections { get; init; } = 32;
    /// <summary>Which parts of a round run: baselines, intake, floor (needs intake), latency, signals, wrk, peer (the Wolverine peer's intake and latency after the Hub's).</summary>
    public IReadOnlySet<string> Phases { get; init; } = new HashSet<string> { "baselines", "intake", "floor", "latency", "signals", "wrk", "peer" };
    /// <summary>Extra configuration for every service (--set Key=Value), for experiments such as RabbitMq:PrefetchCount.</summary>
    public IReadOnlyDictionary<string, string?> ServiceSettings { get; init; } = new Dictionary<string, string?>();
    /// <summary>published: the services as their images run them (ReadyToRun); build: the JIT-only build output (--services build).</summary>
    public string Services { get; init; } = "published";

    public bool Runs(string phase) => Phases.Contains(phase);

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions { Command = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all" };
        if (options.Command == "quick")
        {
            options = options with { Rounds = 1, Databases = [DatabaseKind.Sqlite], Messages = 1000, PhaseSeconds = 5, JobSeekers = 1000, Revocations = 5 };
        }
        for (var i = 0; i < args.Length - 1; i++)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--rounds" => options with { Rounds = Int(value) },
                "--database" => options with { Databases = value == "both" ? [DatabaseKind.Sqlite, DatabaseKind.Postgres] : [Enum.Parse<DatabaseKind>(value, ignoreCase: true)] },
                "--messages" => options with { Messages = Int(value) },
                "--concurrency" => options with { Concurrency = Int(value) },
                "--proposal-rate" => options with { ProposalRate = Int(value) },
                "--seconds" => options with { PhaseSeconds = Int(value) },
                "--signal-rate" => options with { SignalRate = Int(value) },
                "--job-seekers" => options with { JobSeekers = Int(value) },
                "--services" => options with { Services = value },
                "--phases" => options with { Phases = value.Split(',').ToHashSet() },
                "--set" => options with
                {
                    ServiceSettings = new Dictionary<string, string?>(options.ServiceSettings) { [value.Split('=', 2)[0]] = value.Split('=', 2)[1] },
                },
                _ => options,
            };
        }
        return options;
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
