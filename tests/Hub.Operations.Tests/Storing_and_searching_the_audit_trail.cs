using Hub.Contracts.Operations;
using Hub.Operations.Access;
using Hub.Operations.Audit;
using Hub.Operations.Storage;
using Hub.ServiceDefaults.Audit;
using Hub.Operations.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

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

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Follows_a_vacancy_through_its_proposals_answers_and_placement_across_conversations_within_its_area(string provider)
    {
        await using var db = await databases.NewAsync(provider);
        const string agency = "00000001003214345000"; // one job agency works in both cities
        var leeuwarden = new Story(pc4: "8925", agency);
        var rotterdam = new Story(pc4: "3072", agency);
        // The answer's audit comes in before the proposal's: it learns its area when the proposal's arrives.
        await WriteAsync(db, "Hub.Gateway", leeuwarden.Answer);
        foreach (var story in new[] { leeuwarden, rotterdam })
        {
            await WriteAsync(db, "Hub.Gateway", story.Publication);
            await WriteAsync(db, "Hub.JobMatching", story.Registration, story.Proposal);
        }
        await WriteAsync(db, "Hub.Gateway", rotterdam.Answer);
        foreach (var story in new[] { leeuwarden, rotterdam })
        {
            await WriteAsync(db, "Hub.JobMatching", story.AnswerDecided);
            await WriteAsync(db, "Hub.Gateway", story.Placement);
            await WriteAsync(db, "Hub.Housing", story.DeliveryFailed);
            await WriteAsync(db, "Hub.Gateway", story.Withdrawal);
        }
        await WriteAsync(db, "Hub.JobMatching", Entry(Guid.NewGuid(), "Hub.Contracts.Matching.VacancyDetails", AuditStages.Sent, Guid.NewGuid(),
            new() { ["VacancyId"] = leeuwarden.VacancyId.ToString() }));

        var search = new AuditSearch(db);
        var (records, truncated) = await search.TimelineAsync(leeuwarden.VacancyId.ToString(), Leeuwarden, default);

        Assert.False(truncated);
        string[] expected =
        [
            "VacancyPublished", "VacancyRegistered", "ProposalMade", "ProposalAnswered", "CommandDecided", "PlacementReported", "PartnerDeliveryFailed",
            "VacancyWithdrawn",
        ];
        Assert.Equal(expected, records.OrderBy(r => r.OccurredAt).Select(r => r.MessageType.Split('.')[^1]).Distinct());
        Assert.All(records, r => Assert.Equal("leeuwarden-oost", r.AreaId));
        Assert.Equal(leeuwarden.MessageIds.Order(), records.Select(r => r.MessageId).Distinct().Order());
        // Each operator sees the whole story of their own area, and none of the other's.
        Assert.Empty((await search.TimelineAsync(leeuwarden.VacancyId.ToString(), Rotterdam, default)).Records);
        var rotterdamStory = (await search.TimelineAsync(rotterdam.VacancyId.ToString(), Rotterdam, default)).Records;
        Assert.Equal(rotterdam.MessageIds.Order(), rotterdamStory.Select(r => r.MessageId).Distinct().Order());
        Assert.All(rotterdamStory, r => Assert.Equal("rotterdam-zuid", r.AreaId));
        // From a proposal the story reaches back to its vacancy.
        var fromProposal = (await search.TimelineAsync(leeuwarden.ProposalId.ToString(), Leeuwarden, default)).Records;
        Assert.Contains(fromProposal, r => r.MessageType.EndsWith(".VacancyPublished", StringComparison.Ordinal));
        Assert.Contains(fromProposal, r => r.MessageType.EndsWith(".PlacementReported", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Says_when_a_facts_story_is_longer_than_one_page(string provider)
    {
        await using var db = await databases.NewAsync(provider);
        var vacancyId = Guid.NewGuid().ToString();
        await WriteAsync(db, "Hub.Gateway", [.. Enumerable.Range(0, AuditSearch.MaxTimelineMessages + 1).Select(_ => Entry(Guid.NewGuid(),
            "Hub.Contracts.Matching.VacancyPublished", AuditStages.Sent, Guid.NewGuid(), new() { ["VacancyId"] = vacancyId, ["Pc4"] = "8925" }))]);

        var (records, truncated) = await new AuditSearch(db).TimelineAsync(vacancyId, Leeuwarden, default);

        Assert.True(truncated);
        Assert.Equal(AuditSearch.MaxTimelineMessages, records.Select(r => r.MessageId).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Forgets_an_entitys_area_with_the_last_message_about_it(string provider)
    {
        await using var db = await databases.NewAsync(provider);
        var (old, current) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        await WriteAsync(db, "Hub.Gateway", Entry(Guid.NewGuid(), "Hub.Contracts.Matching.VacancyPublished", AuditStages.Sent, Guid.NewGuid(),
            new() { ["VacancyId"] = old, ["Pc4"] = "8925" }) with { OccurredAt = DateTime.UtcNow.AddDays(-40) });
        await WriteAsync(db, "Hub.Gateway", Entry(Guid.NewGuid(), "Hub.Contracts.Matching.VacancyPublished", AuditStages.Sent, Guid.NewGuid(),
            new() { ["VacancyId"] = current, ["Pc4"] = "8925" }));
        Assert.Equal(2, await db.KeyAreas.CountAsync(k => k.Value == old || k.Value == current));

        await using var services = new ServiceCollection().AddSingleton(db).BuildServiceProvider();
        await new AuditRetention(services.GetRequiredService<IServiceScopeFactory>(), Microsoft.Extensions.Options.Options.Create(new OperationsOptions()), TimeProvider.System,
            NullLogger<AuditRetention>.Instance).PurgeAsync(default);

        db.ChangeTracker.Clear();
        Assert.Equal([current], await db.KeyAreas.Where(k => k.Value == old || k.Value == current).Select(k => k.Value).ToListAsync());
    }

    /// <summary>
    /// One vacancy's messages in the order they happened, each partner request in a conversation of its own; only the
    /// publication names the area.
    /// </summary>
    private sealed class Story
    {
        private readonly List<Guid> _messageIds = [];
        private DateTime _clock = DateTime.UtcNow;

        public Story(string pc4, string agency)
        {
            Guid published = Guid.NewGuid(), answered = Guid.NewGuid();
            Publication = Next(published, "VacancyPublished", published, null, new() { ["VacancyId"] = $"{VacancyId}", ["Pc4"] = pc4 });
            Registration = Next(Guid.NewGuid(), "VacancyRegistered", published, published, new() { ["VacancyId"] = $"{VacancyId}" });
            Proposal = Next(Guid.NewGuid(), "ProposalMade", published, published, new() { ["VacancyId"] = $"{VacancyId}", ["ProposalId"] = $"{ProposalId}" });
            Answer = Next(answered, "ProposalAnswered", answered, null, new() { ["ProposalId"] = $"{ProposalId}", ["JobAgencyId"] = agency });
            AnswerDecided = Next(Guid.NewGuid(), "CommandDecided", answered, answered, new() { ["CommandId"] = $"{answered}", ["Outcome"] = "applied" }, "Hub.Contracts.Commands");
            Placement = Next(Guid.NewGuid(), "PlacementReported", Guid.NewGuid(), null, new() { ["ProposalId"] = $"{ProposalId}" });
            DeliveryFailed = Next(Guid.NewGuid(), "PartnerDeliveryFailed", Guid.NewGuid(), null, new() { ["DeliveryId"] = $"{ProposalId}" }, "Hub.Contracts.Partners");
            Withdrawal = Next(Guid.NewGuid(), "VacancyWithdrawn", Guid.NewGuid(), null, new() { ["VacancyId"] = $"{VacancyId}" });
        }

        public Guid VacancyId { get; } = Guid.NewGuid();
        public Guid ProposalId { get; } = Guid.NewGuid();
        public IEnumerable<Guid> MessageIds => _messageIds;
        public AuditEntry Publication { get; }
        public AuditEntry Registration { get; }
        public AuditEntry Proposal { get; }
        public AuditEntry Answer { get; }
        public AuditEntry AnswerDecided { get; }
        public AuditEntry Placement { get; }
        public AuditEntry DeliveryFailed { get; }
        public AuditEntry Withdrawal { get; }

        /// <param name="conversation">Conversations are named after the message that began them.</param>
        private AuditEntry Next(Guid id, string type, Guid conversation, Guid? initiator, Dictionary<string, string> facts, string ns = "Hub.Contracts.Matching")
        {
            _messageIds.Add(id);
            _clock = _clock.AddMilliseconds(10);
            return Entry(id, $"{ns}.{type}", AuditStages.Sent, conversation, facts) with { InitiatorId = initiator, OccurredAt = _clock };
        }
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
