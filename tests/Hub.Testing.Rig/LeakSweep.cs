using System.Text;
using Hub.Contracts.Matching;
using Hub.Testing;
using Npgsql;

namespace Hub.Testing.Rig;

/// <summary>
/// After all system tests: every message published on the broker (the taps of every test vhost), every service
/// process's log output, everything the services exported over OTLP (traces, logs, metrics), every row of every
/// PostgreSQL database, and every row of the SQLite databases the tests scanned before deleting them
/// (<see cref="SqliteScratch"/>), scanned by <see cref="LeakScan"/>.
/// </summary>
public static class LeakSweep
{
    public static async Task<LeakReport> RunAsync(IEnumerable<BrokerTap> taps, OtlpCollector telemetry, PostgresServer postgres)
    {
        var report = new LeakReport();
        foreach (var tap in taps)
        {
            foreach (var message in await tap.ReadAllAsync())
            {
                report.Add("broker messages", $"broker {message.Exchange}", message.Body, namesAllowed: CarriesAcceptedContact(message));
            }
        }
        foreach (var service in ServiceProcess.Started)
        {
            report.Add("service log lines", $"log of {service.ProjectName}", service.OutputText, count: service.Output.Count);
        }
        foreach (var (signal, text) in telemetry.Exports)
        {
            report.Add("OTLP exports", $"OTLP {signal}", text);
        }
        await ScanDatabasesAsync(postgres, report);
        SqliteScratch.AddTo(report);
        return report;
    }

    private static async Task ScanDatabasesAsync(PostgresServer postgres, LeakReport report)
    {
        var databases = await QueryAsync(postgres.ConnectionString("postgres"), "select datname from pg_database where not datistemplate and datname <> 'postgres'");
        foreach (var database in databases)
        {
            var connectionString = postgres.ConnectionString(database);
            var tables = await QueryAsync(connectionString, "select tablename from pg_tables where schemaname = 'public'");
            foreach (var table in tables)
            {
                var rows = await QueryAsync(connectionString, $"select t::text from \"{table}\" t");
                // Job matching keeps the accepted job seeker's contact with the proposal, by design.
                report.Add("database rows", $"database table {table}", string.Join('\n', rows), namesAllowed: table == "proposals", count: rows.Count);
            }
        }
    }

    /// <summary>
    /// The accepted job seeker's contact travels in the answer (ProposalAnswered) and in the proposals read back by the
    /// employer and the agency (VacancyProposals, JobSeekerProposals replies): the only messages allowed to hold a name.
    /// </summary>
    private static bool CarriesAcceptedContact(TappedMessage message) =>
        message.IsPublished<ProposalAnswered>()
        || message.Body.Contains(MessageUrn<VacancyProposals>(), StringComparison.Ordinal)
        || message.Body.Contains(MessageUrn<JobSeekerProposals>(), StringComparison.Ordinal);

    private static string MessageUrn<T>() => $"urn:message:{typeof(T).Namespace}:{typeof(T).Name}";

    private static async Task<List<string>> QueryAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}

/// <summary>What was scanned, per kind of source, and every hit.</summary>
public sealed class LeakReport
{
    private readonly SortedDictionary<string, int> _scanned = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Place, string Kind), int> _hits = [];

    public int HitCount => _hits.Values.Sum();

    /// <summary>How many items of one kind of source ("database rows", "SQLite rows", ...) were scanned.</summary>
    public int Scanned(string source) => _scanned.GetValueOrDefault(source);

    public void Add(string source, string place, string text, bool namesAllowed = false, int count = 1)
    {
        _scanned[source] = _scanned.GetValueOrDefault(source) + count;
        foreach (var hit in LeakScan.Scan(place, text, namesAllowed))
        {
            _hits[(hit.Place, hit.Kind)] = _hits.GetValueOrDefault((hit.Place, hit.Kind)) + hit.Count;
        }
    }

    public void Merge(LeakReport other)
    {
        foreach (var (source, count) in other._scanned)
        {
            _scanned[source] = _scanned.GetValueOrDefault(source) + count;
        }
        foreach (var (key, count) in other._hits)
        {
            _hits[key] = _hits.GetValueOrDefault(key) + count;
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder($"LEAK SCAN: {HitCount} hits (BSNs passing the 11-check; names {string.Join(", ", LeakScan.ResidentNames)}) in ");
        text.AppendJoin(", ", _scanned.Select(s => $"{s.Value} {s.Key}"));
        foreach (var ((place, kind), count) in _hits)
        {
            text.Append($"\n  {place}: {count} x {kind}");
        }
        return text.ToString();
    }
}
