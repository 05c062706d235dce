using Hub.Client;
using Hub.Contracts.Operations;
using Hub.Client.Models;
using Hub.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.Operations.BrowserTests;

[Collection(ConsoleCollection.Name)]
public sealed class Following_a_vacancy_in_the_console(ConsoleRig rig)
{
    [Fact]
    public async Task An_operator_finds_its_conversation_by_the_vacancy_id_and_opens_the_timeline_and_the_diagram()
    {
        var vacancyId = await ConsoleSteps.PostVacancyAsync(rig, "Monteur (console test)");
        var page = await rig.SignInAsync("operator");
        await page.PublishedMessageAsync(rig, vacancyId, "processed");

        await page.FillAsync("#businessId", vacancyId.ToString());
        await page.ClickAsync("#search-button");
        var processed = page.Locator(".message-row", new() { HasText = "VacancyPublished" }).Filter(new() { Has = page.Locator(".stage.processed") });
        await Expect(processed).ToHaveCountAsync(2); // job matching and the partner adapter both processed it
        await processed.First.Locator(".message-link").ClickAsync();

        await Expect(page.Locator("#outcome")).ToHaveTextAsync("processed");
        await Expect(page.Locator("#timeline .timeline-entry.sent")).ToContainTextAsync("Hub.Gateway");
        await Expect(page.Locator("#timeline .timeline-entry.processed").First).ToBeVisibleAsync();
        await Expect(page.Locator("#processing-time")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d ms$"));
        await Expect(page.Locator("#critical-time")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d ms$"));

        await page.ClickAsync("#conversation-link");
        var diagram = page.Locator("#sequence-diagram");
        await Expect(diagram).ToContainTextAsync("Hub.Gateway");
        await Expect(diagram).ToContainTextAsync("Hub.JobMatching");
        await Expect(diagram).ToContainTextAsync("VacancyPublished");
        await Expect(diagram).ToContainTextAsync("VacancyRegistered");
        await Expect(page.Locator("#waterfall")).ToBeVisibleAsync();
        await Expect(page.Locator(".trace-link").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"^{ConsoleRig.JaegerUrl}/trace/[0-9a-f]{{32}}$"));
    }

    [Fact]
    public async Task An_operator_follows_a_vacancy_from_publication_to_hire_and_a_municipality_sees_that_story_of_its_own_area_only()
    {
        // An occupation no other test uses: the one seeker below is the one proposed, and is proposed nowhere else.
        const string occupation = "2411";
        var vacancyId = await ConsoleSteps.PostVacancyAsync(rig, "Boekhouder Leeuwarden-Oost", "8925 AB", occupation);
        var rotterdamId = await ConsoleSteps.PostVacancyAsync(rig, "Boekhouder Rotterdam-Zuid", "3072 AB", occupation);
        await rig.Partner<IJobSeekersApi>(ConsoleSteps.JobAgencyKey).RegisterAsync(new JobSeekerRequest
        {
            Bsn = "123456782",
            Postcode = "8923 AB",
            TargetOccupations = [occupation],
            HoursMin = 24,
            HoursMax = 40,
            AvailableFrom = DateOnly.FromDateTime(DateTime.UtcNow),
            MaxTravelKm = 15,
            BenefitType = "bijstand",
            ConsentToShare = true,
        });
        // Each partner's step is a request of its own, so each is in a conversation of its own.
        var employer = rig.Partner<IProposalsApi>(ConsoleSteps.EmployerKey);
        var proposal = await ProposalAsync(employer, vacancyId, p => p is not null);
        await rig.Partner<IProposalsApi>(ConsoleSteps.JobAgencyKey).AnswerAsync(proposal.ProposalId,
            new ProposalAnswerRequest { Accepted = true, Contact = new ContactRequest { Name = "Example Person", Email = "resident@example.org" } });
        await ProposalAsync(employer, vacancyId, p => p?.Status == "accepted");
        await employer.ReportPlacementAsync(proposal.ProposalId, new PlacementRequest { Hired = true, StartDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)) });

        var page = await rig.SignInAsync("operator");
        string[] story = ["VacancyPublished", "ProposalMade", "ProposalAnswered", "PlacementReported"];
        await Eventually.True(async () => (await page.ApiAsync(rig, $"facts/{vacancyId}")) is { } timeline
            && story.All(type => timeline.GetProperty("events").EnumerateArray().Any(e => e.GetProperty("messageType").GetString()!.EndsWith("." + type, StringComparison.Ordinal)
                && (type != "PlacementReported" || e.GetProperty("outcome").GetString() == "processed"))),
            "the vacancy's story, hire included, processed in the audit trail", timeoutSeconds: 90);

        await page.GotoAsync($"{rig.ConsoleUrl}#/messages?businessId={vacancyId}");
        await page.ClickAsync("#fact-timeline-link");
        await ExpectStoryAsync(page, story);

        var municipality = await rig.SignInAsync("leeuwarden");
        await municipality.GotoAsync($"{rig.ConsoleUrl}#/fact/{vacancyId}");
        await ExpectStoryAsync(municipality, story);
        await Expect(municipality.Locator(".fact-event td", new() { HasText = "rotterdam-zuid" })).ToHaveCountAsync(0);
        // From the proposal the story reaches its vacancy too.
        await municipality.Locator(".fact-event[data-message-type=ProposalAnswered] .fact-link", new() { HasText = proposal.ProposalId.ToString() }).ClickAsync();
        await Expect(municipality.Locator(".fact-event").First).ToHaveAttributeAsync("data-message-type", "VacancyPublished");
        await municipality.GotoAsync($"{rig.ConsoleUrl}#/fact/{rotterdamId}");
        await Expect(municipality.Locator("#problem")).ToContainTextAsync("Nothing about this fact in your areas");
    }

    /// <summary>The story's messages in order, every one of them Leeuwarden-Oost's.</summary>
    private static async Task ExpectStoryAsync(Microsoft.Playwright.IPage page, string[] story)
    {
        await Expect(page.Locator(".fact-event[data-message-type=PlacementReported]")).ToBeVisibleAsync();
        var types = await page.Locator(".fact-event").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.messageType)");
        Assert.Equal(story, types.Where(story.Contains).Distinct());
        Assert.Contains("CommandDecided", types); // each partner command's decision, in the command's conversation
        var areas = await page.Locator(".fact-event td:nth-child(6)").AllTextContentsAsync();
        Assert.All(areas, area => Assert.Equal("leeuwarden-oost", area));
    }

    private static async Task<ProposalView> ProposalAsync(IProposalsApi employer, Guid vacancyId, Func<ProposalView?, bool> done)
    {
        ProposalView? proposal = null;
        await Eventually.True(async () => done(proposal = (await ConsoleSteps.ProposalsOrNoneAsync(employer, vacancyId)).FirstOrDefault()),
            $"the proposal for {vacancyId}", timeoutSeconds: 90);
        return proposal!;
    }

    [Fact]
    public async Task The_employers_polling_stays_out_of_the_search_unless_asked_for_and_pages_run_older()
    {
        var vacancyId = await ConsoleSteps.PostVacancyAsync(rig, "Monteur (polled)");
        var page = await rig.SignInAsync("operator");
        await page.PublishedMessageAsync(rig, vacancyId, "processed");
        // The employer's system reads its vacancy again and again: each read is a request and an answer on the bus.
        var employer = rig.Partner<Hub.Client.IVacanciesApi>(ConsoleSteps.EmployerKey);
        for (var poll = 0; poll < 30; poll++)
        {
            await employer.GetAsync(vacancyId);
        }
        await Hub.Testing.Eventually.True(async () => (await page.ApiAsync(rig, $"messages?businessId={vacancyId}&reads=true&limit=500"))!.Value.GetArrayLength() > 100,
            "the reads reached the audit trail", timeoutSeconds: 90);

        await page.GotoAsync($"{rig.ConsoleUrl}#/messages?businessId={vacancyId}");
        await Expect(page.Locator(".message-row", new() { HasText = "VacancyPublished" }).First).ToBeVisibleAsync();
        await Expect(page.Locator(".message-row", new() { HasText = "GetVacancy" })).ToHaveCountAsync(0);
        await Expect(page.Locator("#older-page")).ToHaveCountAsync(0);

        await page.CheckAsync("#reads");
        await page.ClickAsync("#search-button");
        await Expect(page.Locator(".message-row", new() { HasText = "GetVacancy" }).First).ToBeVisibleAsync();
        await Expect(page.Locator(".message-row")).ToHaveCountAsync(50);
        var lastOnFirstPage = await page.Locator(".message-row").Last.GetAttributeAsync("data-message-id");
        var firstPageIds = await page.Locator(".message-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.messageId + r.textContent)");

        await page.ClickAsync("#older-page");
        await Expect(page.Locator("#newest-page")).ToBeVisibleAsync();
        await Expect(page.Locator(".message-row").First).ToBeVisibleAsync();
        var secondPageIds = await page.Locator(".message-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.messageId + r.textContent)");
        Assert.Empty(firstPageIds.Intersect(secondPageIds)); // no record twice
        Assert.NotNull(lastOnFirstPage);
    }

    [Fact]
    public async Task Older_pages_walk_ten_thousand_records_of_one_vacancy_newest_first_each_once()
    {
        const int total = 10_000;
        var vacancyId = Guid.NewGuid().ToString();
        var start = DateTime.UtcNow.AddHours(-2);
        // A busy service's reports about one vacancy, three to a millisecond tick: the cursor must page through equal times.
        for (var first = 0; first < total; first += 500)
        {
            await rig.Adapter.Bus.Publish(new AuditBatch
            {
                Service = "Hub.BusyService",
                Entries = [.. Enumerable.Range(first, 500).Select(i => new AuditEntry
                {
                    MessageId = Guid.NewGuid(),
                    MessageType = "Hub.Contracts.Matching.VacancyPublished",
                    Stage = AuditStagesProcessed,
                    OccurredAt = start.AddMilliseconds(i / 3),
                    Facts = new Dictionary<string, string> { ["VacancyId"] = vacancyId },
                })],
            });
        }
        var page = await rig.SignInAsync("operator");
        await Eventually.True(async () => await CountAsync(page, vacancyId) == total, "all reports stored", timeoutSeconds: 120);

        await page.GotoAsync($"{rig.ConsoleUrl}#/messages?businessId={vacancyId}");
        var seen = new HashSet<string>();
        var times = new List<string>();
        for (var pages = 1; ; pages++)
        {
            await Expect(page.Locator(".message-row").First).ToBeVisibleAsync();
            var rows = await page.Locator(".message-row").EvaluateAllAsync<string[][]>("rows => rows.map(r => [r.dataset.messageId, r.cells[0].textContent])");
            Assert.All(rows, row => Assert.True(seen.Add(row[0]), $"record {row[0]} shown twice (page {pages})"));
            times.AddRange(rows.Select(row => row[1]));
            if (await page.Locator("#older-page").CountAsync() == 0)
            {
                Assert.Equal(total / 50, pages);
                break;
            }
            var last = rows[^1][0];
            await page.ClickAsync("#older-page");
            await Expect(page.Locator($".message-row[data-message-id='{last}']")).ToHaveCountAsync(0);
        }
        Assert.Equal(total, seen.Count);
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
    }

    private const string AuditStagesProcessed = "processed";

    /// <summary>Counts the records of a business id through the console's API, 500 to a page.</summary>
    private async Task<int> CountAsync(IPage page, string businessId)
    {
        var count = 0;
        string? before = null;
        while (true)
        {
            var records = (await page.ApiAsync(rig, $"messages?businessId={businessId}&limit=500{(before is null ? "" : $"&before={before}")}"))!.Value;
            count += records.GetArrayLength();
            if (records.GetArrayLength() < 500)
            {
                return count;
            }
            before = records[records.GetArrayLength() - 1].GetProperty("cursor").GetString();
        }
    }

    [Fact]
    public async Task A_municipality_operator_sees_only_the_messages_of_its_own_areas()
    {
        var leeuwarden = await ConsoleSteps.PostVacancyAsync(rig, "Monteur Leeuwarden-Oost", "8925 AB");
        var rotterdam = await ConsoleSteps.PostVacancyAsync(rig, "Monteur Rotterdam-Zuid", "3072 AB");
        var admin = await rig.SignInAsync("admin");
        await admin.PublishedMessageAsync(rig, leeuwarden, "processed");
        var rotterdamMessage = await admin.PublishedMessageAsync(rig, rotterdam, "processed");
        var rotterdamConversation = (await admin.ApiAsync(rig, $"messages/{rotterdamMessage}"))!.Value.GetProperty("conversationId").GetGuid();

        var page = await rig.SignInAsync("leeuwarden");
        await page.GotoAsync($"{rig.ConsoleUrl}#/messages?businessId={rotterdam}");
        await Expect(page.Locator("#no-results")).ToBeVisibleAsync();
        await page.GotoAsync($"{rig.ConsoleUrl}#/messages?businessId={leeuwarden}");
        await Expect(page.Locator(".message-row").First).ToBeVisibleAsync();
        await Expect(page.Locator(".message-row", new() { HasText = "rotterdam-zuid" })).ToHaveCountAsync(0);
        // Not through the API either, not even by a conversation or message id learnt elsewhere.
        Assert.Null(await page.ApiAsync(rig, $"conversations/{rotterdamConversation}"));
        Assert.Null(await page.ApiAsync(rig, $"messages/{rotterdamMessage}"));
    }
}
