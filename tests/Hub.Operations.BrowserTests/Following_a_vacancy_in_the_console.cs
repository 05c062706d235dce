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
