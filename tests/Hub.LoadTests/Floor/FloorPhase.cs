using Hub.LoadTests.Baselines;
using Hub.LoadTests.Measuring;
using Hub.LoadTests.Scenarios;
using Hub.Testing.Hooks;
using Spectre.Console;

namespace Hub.LoadTests.Floor;

/// <summary>
/// The floor (issue 21): the CPU that storing one vacancy end to end cannot do without, measured in the same round as the
/// Hub, so the Hub's CPU per stored vacancy reads as a multiple of it. Three parts, each CPU ms per vacancy over the
/// processes that do the work (the harness standing in for a service's side where it does that side's work):
/// an authenticated no-op HTTP request (gateway, under wrk); a confirmed publish and consume with the raw client of the
/// VacancyPublished and of each ProposalMade (broker and harness); and the two services' transactions with the plain
/// database client (PostgreSQL and harness, or the harness alone on SQLite).
/// </summary>
internal static class FloorPhase
{
    private const ushort Prefetch = 32; // the Hub's RabbitMq:PrefetchCount default, as everywhere in the harness

    /// <param name="intake">The probe's counts before this round's intake, which tell the proposals per vacancy.</param>
    public static async Task RunAsync(ProgressContext ctx, HubRig rig, HubServices hub, HubProbe probe, IntakeProposals intake,
        IReadOnlyList<ProcessMeter> meters, LoadOptions options, Results results, string variant, string scratch)
    {
        var proposalsPerVacancy = intake.PerVacancySince(probe);
        if (double.IsNaN(proposalsPerVacancy))
        {
            AnsiConsole.MarkupLine("[yellow]floor skipped: the intake stored no vacancy this round, so the proposals per vacancy are unknown[/]");
            return;
        }
        var broker = Meter(meters, "RabbitMQ")!;
        // The Hub's meters include PostgreSQL exactly when the variant runs on it.
        var postgres = Meter(meters, "PostgreSQL");
        var database = postgres is null ? DatabaseKind.Sqlite : DatabaseKind.Postgres;

        var http = GatewayWrk.IsInstalled ? await HttpAsync(ctx, hub, Meter(meters, "gateway")!, options, results, variant, scratch) : double.NaN;
        var messages = await MessagesAsync(ctx, rig, broker, proposalsPerVacancy, intake.BytesPerProposalSince(probe), options, results, variant);
        var writes = await DatabaseAsync(ctx, rig, postgres, database, proposalsPerVacancy, probe, options, results, variant, scratch);

        results.Record(variant, "floor: CPU per vacancy, HTTP", "ms", http);
        var all = http + messages + writes;
        results.Record(variant, SideBySide.FloorPerVacancy, "ms", all);
        var hubCpu = results.Latest(variant, SideBySide.CpuPerVacancy);
        results.Record(variant, "Hub CPU per vacancy / floor", "ratio", hubCpu / all);
    }

    /// <summary>Gateway CPU per no-op request during a wrk run; wrk's own CPU is the client's and, like the Hub's clients, not counted.</summary>
    private static async Task<double> HttpAsync(ProgressContext ctx, HubServices hub, ProcessMeter gateway, LoadOptions options, Results results,
        string variant, string scratch)
    {
        var task = ctx.AddTask($"floor: wrk no-op, {options.PhaseSeconds} s, gateway CPU", maxValue: 1);
        var cpu = CpuSpan.Start([gateway]);
        var wrk = await GatewayWrk.RunAsync(hub.Gateway.BaseAddress, NoOpPartnerEndpoint.Path, idempotencyKeys: false, options.WrkConnections, options.PhaseSeconds, scratch);
        var perRequest = cpu.Seconds() * 1000 / wrk.Requests;
        task.Increment(1);
        results.Record(variant, "floor: HTTP no-op requests (wrk)", "req/s", wrk.RequestsPerSecond);
        results.Record(variant, "floor: HTTP no-op non-2xx", "n", wrk.Non2xx);
        results.Record(variant, "floor: HTTP no-op per request (gateway CPU)", "ms", perRequest);
        return perRequest;
    }

    /// <summary>Raw RabbitMQ.Client in a vhost of its own, each message type at its size on the wire; broker plus harness CPU per message.</summary>
    private static async Task<double> MessagesAsync(ProgressContext ctx, HubRig rig, ProcessMeter broker, double proposalsPerVacancy, int proposalBytes,
        LoadOptions options, Results results, string variant)
    {
        var vhost = await rig.NewVirtualHostAsync();
        try
        {
            // MassTransit's envelope of the Hub's VacancyPublished, as the baselines find it.
            var (_, publishedBytes) = await MassTransitBaseline.RunAsync(rig.Broker, vhost, 1, 1, Prefetch, () => { }, CancellationToken.None);
            // Unmetered: the first publishes of the run pay the JIT of the harness's side.
            await RawRabbitMqBaseline.RunAsync(rig.Broker, vhost, publishedBytes, options.Concurrency * 8, options.Concurrency, Prefetch, () => { },
                CancellationToken.None);
            ProcessMeter[] meters = [broker, CpuSpan.Harness];
            var publishedTask = ctx.AddTask($"floor: raw VacancyPublished, {publishedBytes} B, broker + harness CPU", maxValue: options.Messages);
            var published = await RawRabbitMqBaseline.RunAsync(rig.Broker, vhost, publishedBytes, options.Messages, options.Concurrency, Prefetch,
                () => publishedTask.Increment(1), CancellationToken.None, meters);
            var proposalTask = ctx.AddTask($"floor: raw ProposalMade, {proposalBytes} B, broker + harness CPU", maxValue: options.Messages);
            var proposal = proposalBytes > 0
                ? await RawRabbitMqBaseline.RunAsync(rig.Broker, vhost, proposalBytes, options.Messages, options.Concurrency, Prefetch,
                    () => proposalTask.Increment(1), CancellationToken.None, meters)
                : null;
            var perVacancy = published.CpuMillisecondsPerMessage + proposalsPerVacancy * (proposal?.CpuMillisecondsPerMessage ?? 0);
            results.Record(variant, "floor: proposals per vacancy (ProposalMade per VacancyRegistered in the intake)", "n", proposalsPerVacancy);
            results.Record(variant, "floor: messages per vacancy (1 + proposals)", "n", 1 + proposalsPerVacancy);
            results.Record(variant, "floor: ProposalMade size on the wire (intake average)", "B", proposalBytes);
            results.Record(variant, "floor: CPU per message, VacancyPublished (RabbitMQ + harness)", "ms", published.CpuMillisecondsPerMessage);
            results.Record(variant, "floor: CPU per message, ProposalMade (RabbitMQ + harness)", "ms", proposal?.CpuMillisecondsPerMessage ?? double.NaN);
            results.Record(variant, "floor: CPU per vacancy, messages", "ms", perVacancy);
            return perVacancy;
        }
        finally
        {
            await rig.Broker.RabbitMqCtlAsync("delete_vhost", vhost);
        }
    }

    /// <summary>The gateway's and job matching's transactions in fresh databases of the variant's kind, 32 vacancies in flight as in the intake.</summary>
    private static async Task<double> DatabaseAsync(ProgressContext ctx, HubRig rig, ProcessMeter? postgres, DatabaseKind database, double proposalsPerVacancy,
        HubProbe probe, LoadOptions options, Results results, string variant, string scratch)
    {
        var task = ctx.AddTask($"floor: {options.Messages} vacancies' transactions, plain {(database == DatabaseKind.Postgres ? "Npgsql" : "Microsoft.Data.Sqlite")}",
            maxValue: options.Messages);
        await using IFloorStore store = database == DatabaseKind.Postgres
            ? await PostgresFloorStore.CreateAsync(rig.Postgres, CancellationToken.None)
            : await SqliteFloorStore.CreateAsync(scratch, CancellationToken.None);
        var cpu = await DatabaseFloor.CpuPerVacancyAsync(store, postgres, options.Messages, options.Concurrency,
            proposalsPerVacancy, probe.SampleProposal, options.JobSeekers, () => task.Increment(1), CancellationToken.None);
        results.Record(variant, "floor: CPU per vacancy, database, harness (client)", "ms", cpu.Client);
        if (cpu.Server is { } server)
        {
            results.Record(variant, "floor: CPU per vacancy, database, PostgreSQL", "ms", server);
        }
        results.Record(variant, "floor: CPU per vacancy, database", "ms", cpu.Total);
        return cpu.Total;
    }

    private static ProcessMeter? Meter(IReadOnlyList<ProcessMeter> meters, string name) => meters.SingleOrDefault(m => m.Name == name);
}
