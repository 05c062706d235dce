using Hub.Contracts.Operations;
using Hub.Operations.Audit;
using Hub.Operations.Storage;
using Hub.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hub.Benchmarks.Operations;

/// <summary>
/// A synthetic audit trail (seed 2026): conversations of five entries each over 30 days, 15 message types, 5 services,
/// the 17 focus areas plus hub-wide traffic, one business id per conversation. Built once into a SQLite file and reused.
/// </summary>
public static class AuditTrailData
{
    public const int Records = 1_000_000;
    public const int PerConversation = 5;
    public static readonly DateTime End = new(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Types =
    [
        "Hub.Contracts.Matching.VacancyPublished", "Hub.Contracts.Matching.VacancyRegistered", "Hub.Contracts.Matching.ProposalMade",
        "Hub.Contracts.Matching.JobSeekerRegistered", "Hub.Contracts.Matching.ProposalAnswered", "Hub.Contracts.Matching.PlacementReported",
        "Hub.Contracts.Matching.GetVacancy", "Hub.Contracts.Matching.VacancyDetails", "Hub.Contracts.Signals.SignalRaised",
        "Hub.Contracts.Signals.SignalDelivered", "Hub.Contracts.Signals.SignalWithheld", "Hub.Contracts.Signals.ConsentRecorded",
        "Hub.Contracts.Signals.GetSignalStatus", "Hub.Contracts.Signals.SignalStatus", "Hub.Contracts.Signals.MultiProblemDetected",
    ];

    private static readonly string[] Services = ["Hub.Gateway", "Hub.JobMatching", "Hub.Signals", "Hub.Housing", "Hub.Schools"];
    private static readonly string[] Stages = ["sent", "received", "processed", "sent", "processed"];

    public static AreaDirectory Areas { get; } = AreaDirectory.Load(Path.Combine(RepositoryPaths.RepoRoot, "seeds", "areas.json"));

    /// <summary>The business id of conversation <paramref name="n"/>: searchable, deterministic.</summary>
    public static Guid BusinessId(int n) => new(n, 7, 7, [1, 2, 3, 4, 5, 6, 7, 8]);

    public static OperationsDb Open(string file) =>
        new(new DbContextOptionsBuilder<OperationsDb>().UseSqlite($"Data Source={file};Default Timeout=30").Options);

    /// <summary>The 1,000,000-record database, created on first use in the temp folder.</summary>
    public static async Task<string> MillionRecordFileAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), "hub-benchmark-audit-1m-v1.db");
        if (File.Exists(file))
        {
            await using var existing = Open(file);
            if (await existing.AuditRecords.CountAsync() == Records)
            {
                return file;
            }
        }
        File.Delete(file);
        await using var db = Open(file);
        await db.Database.EnsureCreatedAsync();
        // Setup, not the measurement: no fsync per transaction and large transactions make the million records quick to build.
        await db.Database.OpenConnectionAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        var random = new Random(2026);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var conversation = 0; conversation < Records / PerConversation; conversation += 2000)
        {
            await WriteAsync(db, Enumerable.Range(conversation, 2000).SelectMany(c => Conversation(c, random)).ToList());
        }
        Console.WriteLine($"Built {Records:N0} audit records in {clock.Elapsed.TotalSeconds:N0} s ({Records / clock.Elapsed.TotalSeconds:N0} records/s, synchronous=OFF, 10,000 per transaction)");
        return file;
    }

    public static async Task WriteAsync(OperationsDb db, IReadOnlyList<AuditEntry> entries)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await new AuditWriter(db, Areas).WriteAsync(new AuditBatch { Service = "Hub.Benchmark", Entries = entries }, default);
        await transaction.CommitAsync();
    }

    public static IEnumerable<AuditEntry> Conversation(int n, Random random)
    {
        var conversationId = Guid.NewGuid();
        var start = End.AddSeconds(-random.Next(30 * 24 * 3600));
        var type = Types[random.Next(Types.Length)];
        var messageId = Guid.NewGuid();
        // 80% of the conversations belong to a focus area (a PC4 of it), the rest are hub-wide.
        var area = random.Next(10) < 8 ? Areas.Areas[random.Next(Areas.Areas.Count)].Id : null;
        var faulted = random.Next(100) == 0;
        for (var i = 0; i < PerConversation; i++)
        {
            if (i == 3)
            {
                (type, messageId) = (Types[random.Next(Types.Length)], Guid.NewGuid());
            }
            var stage = faulted && i == 2 ? "faulted" : Stages[i];
            Dictionary<string, string> facts = i == 0 && area is not null
                ? new() { ["VacancyId"] = BusinessId(n).ToString(), ["AreaId"] = area }
                : new() { ["VacancyId"] = BusinessId(n).ToString() };
            yield return new AuditEntry
            {
                MessageId = messageId,
                MessageType = type,
                Stage = stage,
                ConversationId = conversationId,
                TraceId = conversationId.ToString("N"),
                Endpoint = "queue-" + (i % 3),
                Consumer = stage is "processed" or "faulted" ? "Hub.Consumers." + type.Split('.')[^1] + "Consumer" : null,
                OccurredAt = start.AddMilliseconds(i * 40),
                SentAt = start,
                ProcessingMilliseconds = stage == "processed" ? random.Next(1, 80) : null,
                ExceptionType = stage == "faulted" ? "System.InvalidOperationException" : null,
                ExceptionMessage = stage == "faulted" ? "register unavailable" : null,
                Facts = facts,
            };
        }
    }
}
