using Hub.Contracts.Operations;
using Hub.Operations.Access;
using Hub.Operations.Audit;
using Hub.Operations.Storage;
using Hub.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Hub.Operations.Tests;

/// <summary>AuditWriter and AuditSearch on both databases the service runs on.</summary>
public sealed class Storing_and_searching_the_audit_trail(AuditDatabases databases) : IClassFixture<AuditDatabases>
{
    private static readonly OperatorScope Leeuwarden = new(["leeuwarden-oost"]);
    private static readonly OperatorScope Rotterdam = new(["rotterdam-zuid"]);

    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Finds_a_vacancys_conversation_by_its_id_and_gives_the_whole_conversation_its_area(string provider)
    {
        await using var db = await databases.NewAsync(provider);
        var (vacancyId, conversationId) = (Guid.NewGuid(), Guid.NewGuid());
        var published = Guid.NewGuid();
        var registered = Guid.NewGuid();
        // The first batch has no area yet (a response without a postcode); the second names the PC4 of a Leeuwarden-Oost postcode.
        await WriteAsync(db, "Hub.JobMatching", Entry(registered, "Hub.Contracts.Matching.VacancyRegistered", AuditStages.Sent, conversationId,
            new() { ["VacancyId"] = vacancyId.ToString() }));
        await WriteAsync(db, "Hub.Gateway", Entry(published, "Hub.Contracts.Matching.VacancyPublished", AuditStages.Sent, conversationId,
            new() { ["VacancyId"] = vacancyId.ToString(), ["Pc4"] = "8925" }));

        var search = new AuditSearch(db);
        var found = await search.FindAsync(new AuditQuery { BusinessId = vacancyId.ToString() }, OperatorScope.Everything, default);

        Assert.Equal(2, found.Count);
        Assert.All(found, r => Assert.Equal("leeuwarden-oost", r.AreaId));
        Assert.Equal(2, (await search.ConversationAsync(conversationId, Leeuwarden, default)).Count);
        Assert.Empty(await search.FindAsync(new AuditQuery { BusinessId = vacancyId.ToString() }, Rotterdam, default));
        Assert.Empty(await search.ConversationAsync(conversationId, Rotterdam, default));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Filters_by_message_type_service_status_and_date_range(string provider)
    {
        await using var db = await databases.NewAsync(provider);
        var conversation = Guid.NewGuid();
        var old = Entry(Guid.NewGuid(), "Hub.Contracts.Signals.SignalRaised", AuditStages.Faulted, conversation, new() { ["AreaId"] = "rotterdam-zuid" }) with
        {
            OccurredAt = DateTime.UtcNow.AddDays(-3),
        };
        await WriteAsync(db, "Hub.Signals", old,
            Entry(Guid.NewGuid(), "Hub.Contracts.Signals.SignalRaised", AuditStages.Processed, conversation, []),
            Entry(Guid.NewGuid(), "Hub.Contracts.Matching.VacancyPublished", AuditStages.Processed, Guid.NewGuid(), []));
        var search = new AuditSearch(db);

        Assert.Equal(2, (await search.FindAsync(new AuditQuery { MessageType = "SignalRaised" }, OperatorScope.Everything, default)).Count);
        Assert.Equal(3, (await search.FindAsync(new AuditQuery { Service = "Hub.Signals" }, OperatorScope.Everything, default)).Count);
        var faulted = Assert.Single(await search.FindAsync(new AuditQuery { Stage = AuditStages.Faulted }, OperatorScope.Everything, default));
        Assert.Equal(old.MessageId, faulted.MessageId);
        Assert.Equal(2, (await search.FindAsync(new AuditQuery { From = DateTime.UtcNow.AddDays(-1) }, OperatorScope.Everything, default)).Count);
        Assert.Single(await search.FindAsync(new AuditQuery { To = DateTime.UtcNow.AddDays(-1) }, OperatorScope.Everything, default));
        // Rotterdam's operator sees the signal conversation (area from its first message), not the unscoped vacancy.
        Assert.Equal(2, (await search.FindAsync(new AuditQuery(), Rotterdam, default)).Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Stores_a_large_batch_in_several_statements_with_one_business_key_per_message(string provider)
    {
        await using var db = await databases.NewAsync(provider);
        var vacancyId = Guid.NewGuid().ToString();
        var messages = Enumerable.Range(0, 100).Select(_ => Guid.NewGuid()).ToList();
        var entries = messages.SelectMany(m => new[] { AuditStages.Sent, AuditStages.Received, AuditStages.Processed }
            .Select(stage => Entry(m, "Hub.Contracts.Matching.ProposalMade", stage, Guid.NewGuid(), new() { ["VacancyId"] = vacancyId, ["FocusAreaId"] = "rotterdam-zuid" })))
            .ToArray();

        await WriteAsync(db, "Hub.JobMatching", entries);

        Assert.Equal(300, await db.AuditRecords.CountAsync());
        Assert.Equal(100, await db.BusinessKeys.CountAsync(k => k.Value == vacancyId));
        Assert.Equal(300, await db.AuditRecords.CountAsync(r => r.AreaId == "rotterdam-zuid"));
        var found = await new AuditSearch(db).FindAsync(new AuditQuery { BusinessId = vacancyId, Limit = 500 }, Rotterdam, default);
        Assert.Equal(300, found.Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Pages_newest_first_through_records_of_the_same_time_and_leaves_reads_out_unless_asked(string provider)
    {
        await using var db = await databases.NewAsync(provider);
        var vacancyId = Guid.NewGuid().ToString();
        var facts = new Dictionary<string, string> { ["VacancyId"] = vacancyId };
        // 25 business messages, several to a millisecond (so the page edge falls inside one time), and the employer's polling.
        var at = DateTime.UtcNow.AddMinutes(-5);
        var business = Enumerable.Range(0, 25)
            .Select(i => Entry(Guid.NewGuid(), "Hub.Contracts.Matching.ProposalMade", AuditStages.Sent, Guid.NewGuid(), facts) with { OccurredAt = at.AddMilliseconds(i / 4) })
            .ToArray();
        var reads = Enumerable.Range(0, 30)
            .Select(i => Entry(Guid.NewGuid(), i % 2 == 0 ? "Hub.Contracts.Matching.GetVacancy" : "Hub.Contracts.Matching.VacancyDetails", AuditStages.Sent, Guid.NewGuid(), facts))
            .ToArray();
        // Stored newest first, as batches from several services arrive: ids do not follow time.
        await WriteAsync(db, "Hub.JobMatching", [.. business.Reverse()]);
        await WriteAsync(db, "Hub.Gateway", reads);
        var search = new AuditSearch(db);

        var pages = new List<List<AuditRecord>>();
        AuditCursor? before = null;
        do
        {
            pages.Add(await search.FindAsync(new AuditQuery { BusinessId = vacancyId, Limit = 10, Before = before }, OperatorScope.Everything, default));
            before = pages[^1].Count == 10 ? AuditCursor.Parse(AuditCursor.Of(pages[^1][^1]).ToString()) : null;
        }
        while (before is not null);

        Assert.Equal([10, 10, 5], pages.Select(p => p.Count));
        var walked = pages.SelectMany(p => p).ToList();
        Assert.Equal(business.Select(e => e.MessageId).Order(), walked.Select(r => r.MessageId).Order());
        Assert.Equal(walked.OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Id).Select(r => r.Id), walked.Select(r => r.Id));
        var withReads = await search.FindAsync(new AuditQuery { BusinessId = vacancyId, IncludeReads = true, Limit = 500 }, OperatorScope.Everything, default);
        Assert.Equal(55, withReads.Count);
        Assert.Contains("Hub.Contracts.Matching.GetVacancy", AuditSearch.ReadTypes);
        Assert.DoesNotContain("Hub.Contracts.Matching.VacancyPublished", AuditSearch.ReadTypes);
    }

    private static async Task WriteAsync(OperationsDb db, string service, params AuditEntry[] entries)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await new AuditWriter(db, AuditDatabases.Areas).WriteAsync(new AuditBatch { Service = service, Entries = entries }, default);
        await transaction.CommitAsync();
    }

    private static AuditEntry Entry(Guid messageId, string type, string stage, Guid conversationId, Dictionary<string, string> facts) => new()
    {
        MessageId = messageId,
        MessageType = type,
        Stage = stage,
        ConversationId = conversationId,
        OccurredAt = DateTime.UtcNow,
        SentAt = DateTime.UtcNow.AddMilliseconds(-20),
        ProcessingMilliseconds = stage == AuditStages.Processed ? 12.5 : null,
        Facts = facts,
    };
}
