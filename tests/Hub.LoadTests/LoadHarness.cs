using System.Diagnostics;
using System.Globalization;
using Hub.LoadTests.Baselines;
using Hub.LoadTests.Floor;
using Hub.LoadTests.Measuring;
using Hub.LoadTests.Peer;
using Hub.LoadTests.Scenarios;
using Hub.Testing;
using Hub.Testing.Hooks;
using Spectre.Console;

namespace Hub.LoadTests;

/// <summary>
/// One private RabbitMQ node and PostgreSQL server; per database variant the Hub's services as processes; per round the
/// raw RabbitMQ and MassTransit baselines on the same node, then the Hub's flows, then wrk. Medians over rounds at the end.
/// </summary>
internal static class LoadHarness
{
    private const ushort Prefetch = 32; // the Hub's RabbitMq:PrefetchCount default, so every path consumes alike

    public static async Task<int> RunAsync(LoadOptions options)
    {
        AnsiConsole.MarkupLine($"[bold]Hub load harness[/]: {options.Command}, services {options.Services}, {options.Rounds} round(s), {string.Join(" and ", options.Databases)}, "
            + $"{options.Messages} messages at {options.Concurrency} in flight; {Environment.ProcessorCount} cores, load {LoadAverage()}");
        var results = new Results();
        var scratch = Directory.CreateTempSubdirectory("hub-load-").FullName;
        AnsiConsole.MarkupLine($"Results (rewritten after every round) and the services' logs: [blue]{scratch}[/]");
        var rig = new HubRig { TapsVirtualHosts = false };
        if (options.Services == "published")
        {
            ServiceProcess.PublishedServices = await AnsiConsole.Status().StartAsync("Publishing the services (ReadyToRun)",
                status => PublishedServices.PublishAsync(scratch, project => status.Status($"Publishing {project} (ReadyToRun)")));
        }
        await AnsiConsole.Status().StartAsync("Starting RabbitMQ and PostgreSQL", _ => rig.InitializeAsync());
        try
        {
            var baselineVhost = await rig.NewVirtualHostAsync();
            foreach (var database in options.Databases)
            {
                if (options.Command == "baselines")
                {
                    for (var round = 1; round <= options.Rounds; round++)
                    {
                        await AnsiConsole.Progress().StartAsync(ctx => RunBaselinesAsync(ctx, rig, baselineVhost, options, results, "Baselines"));
                    }
                    break;
                }
                await RunVariantAsync(rig, baselineVhost, database, options, results, scratch);
            }
        }
        finally
        {
            await rig.DisposeAsync();
        }

        results.Show();
        var report = Path.Combine(scratch, "results.md");
        await File.WriteAllTextAsync(report, $"Load {LoadAverage()} at the end; {DateTime.UtcNow:u}\n\n" + results.ToMarkdown());
        AnsiConsole.MarkupLine($"Markdown tables and the services' logs: [blue]{scratch}[/]");
        return 0;
    }

    private static async Task RunVariantAsync(HubRig rig, string baselineVhost, DatabaseKind database, LoadOptions options, Results results, string scratch)
    {
        var variant = $"Hub on {database}";
        using var log = new ServiceLog(Path.Combine(scratch, $"services-{database}.log"));
        await using var hub = await AnsiConsole.Status().StartAsync($"Starting the gateway, job matching and signals on {database}", _ =>
            HubServices.StartAsync(rig, log.WriteLine, scratch, GatewaySettings, withSignals: true,
                database: database, serviceSettings: Settings.Merge(ServiceSettings, options.ServiceSettings)));
        ProcessMeter[] meters =
        [
            new("gateway", () => hub.Gateway.ProcessId),
            new("job matching", () => hub.JobMatching.ProcessId),
            new("signals", () => hub.Signals.ProcessId),
            new("RabbitMQ", () => BrokerProcessId(rig.Broker)),
            .. database == DatabaseKind.Postgres ? [new ProcessMeter("PostgreSQL", () => PostmasterProcessId(rig.Postgres), includeChildren: true)] : Array.Empty<ProcessMeter>(),
        ];
        await Task.Delay(TimeSpan.FromSeconds(3));
        foreach (var meter in meters.Take(3))
        {
            results.Record(variant, $"idle RSS after start, {meter.Name}", "MB", meter.RssMegabytes());
        }

        var partners = new Partners(hub);
        await using var probe = await HubProbe.StartAsync(rig.Broker, hub.VirtualHost);
        await using var peer = options.Runs("peer") ? await StartPeerAsync(rig, database, options, results, scratch, log) : null;
        await AnsiConsole.Progress().StartAsync(async ctx =>
        {
            var seekers = ctx.AddTask($"job agency registers {options.JobSeekers} job seekers" + (peer is null ? "" : " with the Hub and the peer"), maxValue: options.JobSeekers);
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
            {
                int n;
                while ((n = Interlocked.Increment(ref next)) < options.JobSeekers)
                {
                    // The very same seekers for both, so both rank over the same people.
                    var seeker = TrafficData.JobSeeker(n);
                    await partners.JobAgency.JobSeekers.RegisterAsync(seeker);
                    if (peer is not null)
                    {
                        await peer.Partners.JobAgency.JobSeekers.RegisterAsync(seeker);
                    }
                    seekers.Increment(1);
                }
            }));
            await QueueDrain.WaitAsync(rig.Broker, hub.VirtualHost, TimeSpan.FromMinutes(3));
        });
        await Task.Delay(TimeSpan.FromSeconds(3));
        foreach (var meter in meters.Take(3))
        {
            results.Record(variant, $"idle RSS with {options.JobSeekers} job seekers, {meter.Name}", "MB", meter.RssMegabytes());
        }
        if (peer is not null)
        {
            results.Record(peer.Variant, $"idle RSS with {options.JobSeekers} job seekers, {peer.Meters[0].Name}", "MB", peer.Meters[0].RssMegabytes());
        }

        for (var round = 1; round <= options.Rounds; round++)
        {
            AnsiConsole.MarkupLine($"[bold]{variant}, round {round} of {options.Rounds}[/] (load {LoadAverage()})");
            await AnsiConsole.Progress().StartAsync(async ctx =>
            {
                var raw = options.Runs("baselines") ? await RunBaselinesAsync(ctx, rig, baselineVhost, options, results, variant) : null;
                await RunHubRoundAsync(ctx, rig, hub, partners, probe, meters, raw, options, results, variant, scratch);
                if (peer is not null)
                {
                    await RunPeerRoundAsync(ctx, rig, peer, raw, options, results);
                    SideBySide.Record(results, variant, peer.Variant, database.ToString(), options.ProposalRate);
                }
            });
            await File.WriteAllTextAsync(Path.Combine(scratch, "results.md"), results.ToMarkdown());
        }

        // Exact: the BSNs this run sent (the generic scanner also flags nine-digit runs inside GUIDs).
        var issued = TrafficData.IssuedBsns.ToHashSet();
        var leaked = hub.Processes.Sum(p => BsnScanner.FindBsns(p.OutputText).Count(issued.Contains));
        results.Record(variant, "BSNs sent by the harness found in the services' output", "n", leaked);
    }

    /// <summary>
    /// The Wolverine peer (docs/performance.md) on the same broker node and database server, metered like the Hub: the peer
    /// process, RabbitMQ and PostgreSQL.
    /// </summary>
    private static async Task<PeerRun> StartPeerAsync(HubRig rig, DatabaseKind database, LoadOptions options, Results results, string scratch, ServiceLog log)
    {
        var service = await AnsiConsole.Status().StartAsync($"Starting the Wolverine peer on {database}", _ =>
            PeerService.StartAsync(rig, log.WriteLine, scratch, database, Settings.Merge(ServiceSettings, options.ServiceSettings)));
        ProcessMeter[] meters =
        [
            new("peer", () => service.Process.ProcessId),
            new("RabbitMQ", () => BrokerProcessId(rig.Broker)),
            .. database == DatabaseKind.Postgres ? [new ProcessMeter("PostgreSQL", () => PostmasterProcessId(rig.Postgres), includeChildren: true)] : Array.Empty<ProcessMeter>(),
        ];
        var run = new PeerRun(service, new PeerPartners(service), await PeerProbe.StartAsync(rig.Broker, service.VirtualHost, PeerService.SubscriberQueue),
            meters, $"Peer (Wolverine) on {database}");
        await Task.Delay(TimeSpan.FromSeconds(3));
        results.Record(run.Variant, $"idle RSS after start, {meters[0].Name}", "MB", meters[0].RssMegabytes());
        return run;
    }

    /// <summary>The peer's intake and latency phases, recorded under the Hub's metric names so the tables compare line by line.</summary>
    private static async Task RunPeerRoundAsync(ProgressContext ctx, HubRig rig, PeerRun peer, Throughput? raw, LoadOptions options, Results results)
    {
        var target = new IntakeTarget("Peer", peer.Service.VirtualHost, peer.Partners, peer.Probe, peer.Meters);
        if (options.Runs("intake"))
        {
            await RunIntakeAsync(ctx, rig, target, raw, options, results, peer.Variant);
        }
        if (options.Runs("latency"))
        {
            await RunProposalLatencyAsync(ctx, rig, target, options.SustainableProposalRate, options, results, peer.Variant);
            await RunProposalLatencyAsync(ctx, rig, target, options.ProposalRate, options, results, peer.Variant);
        }
    }

    /// <summary>MassTransit first (it tells the size of a VacancyPublished on the wire), then raw RabbitMQ.Client with that size.</summary>
    private static async Task<Throughput> RunBaselinesAsync(ProgressContext ctx, HubRig rig, string vhost, LoadOptions options, Results results, string variant)
    {
        var masstransitTask = ctx.AddTask("MassTransit publish/consume, no Hub logic", maxValue: options.Messages);
        var (masstransit, bodyBytes) = await MassTransitBaseline.RunAsync(rig.Broker, vhost, options.Messages, options.Concurrency, Prefetch,
            () => masstransitTask.Increment(1), CancellationToken.None);
        var rawTask = ctx.AddTask($"raw RabbitMQ.Client, {bodyBytes} B persistent, confirmed", maxValue: options.Messages);
        var raw = await RawRabbitMqBaseline.RunAsync(rig.Broker, vhost, bodyBytes, options.Messages, options.Concurrency, Prefetch,
            () => rawTask.Increment(1), CancellationToken.None);
        results.Record(variant, "message size on the wire (VacancyPublished envelope)", "B", bodyBytes);
        results.Record(variant, "raw RabbitMQ.Client: publish confirmed", "msg/s", raw.AcceptedPerSecond);
        results.Record(variant, "raw RabbitMQ.Client: end to end (published to consumed)", "msg/s", raw.EndToEndPerSecond);
        results.Record(variant, "MassTransit: publish confirmed", "msg/s", masstransit.AcceptedPerSecond);
        results.Record(variant, "MassTransit: end to end", "msg/s", masstransit.EndToEndPerSecond);
        results.Record(variant, "MassTransit end to end / raw", "ratio", masstransit.EndToEndPerSecond / raw.EndToEndPerSecond);
        return raw;
    }

    private static async Task RunHubRoundAsync(ProgressContext ctx, HubRig rig, HubServices hub, Partners partners, HubProbe probe, ProcessMeter[] meters,
        Throughput? raw, LoadOptions options, Results results, string variant, string scratch)
    {
        var beforeIntake = IntakeProposals.Before(probe);
        var target = new IntakeTarget("Hub", hub.VirtualHost, partners, probe, meters);
        if (options.Runs("intake"))
        {
            await RunIntakeAsync(ctx, rig, target, raw, options, results, variant);
        }
        if (options.Runs("floor") && options.Runs("intake"))
        {
            await FloorPhase.RunAsync(ctx, rig, hub, probe, beforeIntake, meters, options, results, variant, scratch);
        }
        if (options.Runs("latency"))
        {
            await RunProposalLatencyAsync(ctx, rig, target, options.SustainableProposalRate, options, results, variant);
            await RunProposalLatencyAsync(ctx, rig, target, options.ProposalRate, options, results, variant);
        }
        if (options.Runs("signals"))
        {
            await RunSignalsAsync(ctx, rig, hub, partners, probe, options, results, variant);
        }
        if (options.Runs("wrk") && GatewayWrk.IsInstalled)
        {
            await RunWrkAsync(ctx, rig, hub, options, results, variant, scratch);
        }
    }

    private static async Task RunIntakeAsync(ProgressContext ctx, HubRig rig, IntakeTarget target, Throughput? raw, LoadOptions options, Results results, string variant)
    {
        var intakeTask = ctx.AddTask($"{target.Name}: {options.Messages} vacancies through HTTP to matching", maxValue: options.Messages);
        var watch = ResourceWatch.Start(target.Meters);
        var intake = await VacancyIntake.RunAsync(target.Owners, target.Probe, options.Messages, options.Concurrency, v => intakeTask.Value = v, CancellationToken.None);
        await watch.RecordAsync(results, variant, "intake", intake.Messages);
        results.Record(variant, "intake: accepted (202; the Hub after the broker's confirm, the peer after its commit)", "msg/s", intake.AcceptedPerSecond);
        results.Record(variant, SideBySide.StoredPerSecond, "msg/s", intake.EndToEndPerSecond);
        results.Record(variant, "intake: failed or not stored", "n", intake.Failures);
        if (raw is not null)
        {
            results.Record(variant, "intake end to end / raw", "ratio", intake.EndToEndPerSecond / raw.EndToEndPerSecond);
            results.Record(variant, "intake accepted / raw publish confirmed", "ratio", intake.AcceptedPerSecond / raw.AcceptedPerSecond);
        }
        await QueueDrain.WaitAsync(rig.Broker, target.VirtualHost, TimeSpan.FromMinutes(3));
    }

    private static async Task RunProposalLatencyAsync(ProgressContext ctx, HubRig rig, IntakeTarget target, int rate, LoadOptions options, Results results, string variant)
    {
        var latencyTask = ctx.AddTask($"{target.Name}: {rate} vacancies/s for {options.PhaseSeconds} s, until first proposal",
            maxValue: rate * options.PhaseSeconds);
        var watch = ResourceWatch.Start(target.Meters);
        var proposals = await ProposalLatency.RunAsync(target.Owners, target.Probe, rate, options.PhaseSeconds, v => latencyTask.Value = v, CancellationToken.None);
        await watch.RecordAsync(results, variant, $"{rate}/s", proposals.Posted);
        proposals.Accept.RecordTo(results, variant, $"{rate}/s: POST vacancy (202)");
        proposals.ToProposal.RecordTo(results, variant, $"{rate}/s: accepted to first ProposalMade");
        proposals.ToReadable.RecordTo(results, variant, $"{rate}/s: accepted to proposal read by owner (every 20th, polls 10 ms or 5% of the wait)");
        results.Record(variant, $"{rate}/s: failed POSTs", "n", proposals.Failed);
        results.Record(variant, $"{rate}/s: vacancies without a proposal in 30 s", "n", proposals.WithoutProposal);
        await QueueDrain.WaitAsync(rig.Broker, target.VirtualHost, TimeSpan.FromMinutes(3));
    }

    private static async Task RunSignalsAsync(ProgressContext ctx, HubRig rig, HubServices hub, Partners partners, HubProbe probe,
        LoadOptions options, Results results, string variant)
    {

        var consents = await SignalTraffic.RecordConsentsAsync(partners, options.Revocations, CancellationToken.None);
        var signalTask = ctx.AddTask($"Hub: {options.SignalRate} rent-arrears signals/s, {options.Revocations} consent revocations",
            maxValue: options.SignalRate * options.PhaseSeconds);
        var signals = await SignalTraffic.RunAsync(partners, probe, consents, options.SignalRate, options.PhaseSeconds, v => signalTask.Value = v, CancellationToken.None);
        signals.Accept.RecordTo(results, variant, "signals: POST signal (202)");
        signals.ToBus.RecordTo(results, variant, "signals: accepted to SignalDelivered on the bus");
        signals.ToPull.RecordTo(results, variant, "signals: accepted to pulled by the recipient (25 ms polls)");
        signals.RevocationToEffect.RecordTo(results, variant, "revocation accepted to in force (10 ms polls)");
        results.Record(variant, "signals: failed POSTs", "n", signals.Failed);
        results.Record(variant, "signals: not pulled within 30 s", "n", signals.NotPulled);
        results.Record(variant, "revocations not in force within 30 s", "n", signals.RevocationsNotSeen);
        await QueueDrain.WaitAsync(rig.Broker, hub.VirtualHost, TimeSpan.FromMinutes(3));
    }

    private static async Task RunWrkAsync(ProgressContext ctx, HubRig rig, HubServices hub, LoadOptions options, Results results, string variant, string scratch)
    {
        var wrkTask = ctx.AddTask($"wrk: no-op, POST vacancy, POST vacancy with Idempotency-Key, {options.PhaseSeconds} s each", maxValue: 3);
        foreach (var (name, path, keyed) in new[]
                 {
                     ("no-op", NoOpPartnerEndpoint.Path, false),
                     ("POST vacancy", "api/v1/vacancies", false),
                     ("POST vacancy, Idempotency-Key", "api/v1/vacancies", true),
                 })
        {
            var wrk = await GatewayWrk.RunAsync(hub.Gateway.BaseAddress, path, keyed, options.WrkConnections, options.PhaseSeconds, scratch);
            results.Record(variant, $"wrk {name}", "req/s", wrk.RequestsPerSecond);
            results.Record(variant, $"wrk {name} p50", "ms", wrk.P50);
            results.Record(variant, $"wrk {name} p99", "ms", wrk.P99);
            results.Record(variant, $"wrk {name} non-2xx", "n", wrk.Non2xx);
            wrkTask.Increment(1);
        }
        // wrk posts thousands of vacancies in seconds; job matching would need minutes to catch up, so the next round would
        // start on a backlog. Nobody waits for them: they are dropped from its queue.
        await QueueDrain.PurgeAsync(rig.Broker, hub.VirtualHost, "vacancy-published");
        await QueueDrain.WaitAsync(rig.Broker, hub.VirtualHost, TimeSpan.FromMinutes(3));
    }

    private static readonly Dictionary<string, string?> GatewaySettings = Settings.Merge(
        new Dictionary<string, string?>
        {
            // The harness measures capacity, not the per-partner fairness limit.
            ["Hub:Gateway:RateLimit:PermitsPerSecond"] = "1000000",
            ["Hub:Gateway:RateLimit:Burst"] = "1000000",
        },
        // The floor's and wrk's authenticated no-op request, from the test hooks (no such endpoint in the gateway itself).
        TestHooks.NoOpPartnerEndpoint());

    private static readonly Dictionary<string, string?> ServiceSettings = new()
    {
        // Thousands of vacancies a round: let each job seeker hold the most proposals the options allow.
        ["Hub:Matching:MaxOpenProposalsPerSeeker"] = "20",
    };

    private static int? BrokerProcessId(RabbitMqNode broker) =>
        int.TryParse(File.ReadAllText(Path.Combine(broker.DataDirectory!, "rabbitmq.pid")).Trim(), out var pid) ? pid : null;

    private static int? PostmasterProcessId(PostgresServer postgres) =>
        int.TryParse(File.ReadLines(Path.Combine(postgres.DataDirectory!, "data", "postmaster.pid")).First(), out var pid) ? pid : null;

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
