using Hub.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.Operations.BrowserTests;

/// <summary>
/// Live view, signal decisions and area figures with real traffic, each page photographed. The screenshots go to
/// HUB_CONSOLE_SCREENSHOTS when set (docs/ holds the ones the README shows), else to a temporary folder.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class Reading_the_overview_pages(ConsoleRig rig) : IDisposable
{
    // An example BSN that passes the 11-check; it must never reach the console.
    private const string TenantBsn = "637337670";

    private readonly string _screenshots = Environment.GetEnvironmentVariable("HUB_CONSOLE_SCREENSHOTS") is { Length: > 0 } folder
        ? Directory.CreateDirectory(folder).FullName
        : Directory.CreateTempSubdirectory("hub-console-screenshots-").FullName;

    [Fact]
    public async Task Moving_on_before_a_slow_page_has_answered_keeps_the_page_moved_to()
    {
        var page = await rig.SignInAsync("admin");
        var messagesAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answerMessages = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/ops/api/messages?*", async request =>
        {
            messagesAsked.TrySetResult();
            await answerMessages.Task;
            await request.ContinueAsync();
        });

        await page.GotoAsync($"{rig.ConsoleUrl}#/messages?service=Hub.Gateway");
        await messagesAsked.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await page.GotoAsync($"{rig.ConsoleUrl}#/operator-log");
        await Expect(page.Locator("#log-search")).ToBeVisibleAsync();
        await Expect(page.Locator("#operator-log")).ToBeVisibleAsync();
        await page.RunAndWaitForResponseAsync(
            () => { answerMessages.SetResult(); return Task.CompletedTask; },
            response => response.Url.Contains("/ops/api/messages?", StringComparison.Ordinal));
        await page.WaitForTimeoutAsync(300); // time for the page's script to act on the late answer

        // The late answer is dropped: neither its table nor an error replaces the operator log.
        await Expect(page.Locator("#problem")).ToHaveCountAsync(0);
        await Expect(page.Locator("#message-table")).ToHaveCountAsync(0);
        await Expect(page.Locator("#log-search")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Every_page_fits_screens_from_1024_to_1920_pixels_wide_and_names_types_without_namespaces()
    {
        var vacancyId = await ConsoleSteps.PostVacancyAsync(rig, "Monteur met een lange functietitel (layout)");
        var page = await rig.SignInAsync("admin");
        var messageId = await page.PublishedMessageAsync(rig, vacancyId, "processed");
        var conversationId = (await page.ApiAsync(rig, $"messages/{messageId}"))!.Value.GetProperty("conversationId").GetGuid();
        // The employer reads its vacancy: a request and its answer, whose consumer is a generic type.
        await rig.Partner<Hub.Client.IVacanciesApi>(ConsoleSteps.EmployerKey).GetAsync(vacancyId);
        await Eventually.True(async () => (await page.ApiAsync(rig, $"messages?businessId={vacancyId}&messageType=VacancyDetails&stage=processed"))!.Value.GetArrayLength() > 0,
            "the answer to the employer's read in the audit trail", timeoutSeconds: 90);
        var answer = (await page.ApiAsync(rig, $"messages?businessId={vacancyId}&messageType=VacancyDetails&stage=processed"))!.Value[0].GetProperty("messageId").GetGuid();

        string[] views =
        [
            $"#/messages?businessId={vacancyId}&reads=true", $"#/fact/{vacancyId}", $"#/message/{messageId}", $"#/message/{answer}",
            $"#/conversation/{conversationId}", "#/failures", "#/deliveries?status=all", "#/live", "#/signals", "#/figures", "#/alerts", "#/operator-log",
        ];
        foreach (var view in views)
        {
            await page.SetViewportSizeAsync(1400, 900);
            await page.GotoAsync(rig.ConsoleUrl + view);
            await Expect(page.Locator("#page h1")).ToBeVisibleAsync();
            await Expect(page.Locator("#problem")).ToHaveCountAsync(0);
            foreach (var width in new[] { 1024, 1280, 1400, 1920 })
            {
                await page.SetViewportSizeAsync(width, 900);
                var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                Assert.True(widths[0] <= widths[1], $"{view} is {widths[0]} px wide on a {width} px screen");
            }
            // A type name loses its namespaces, generic arguments included ("ResponseHandler<VacancyDetails>", not "VacancyDetails>").
            var cells = await page.Locator("td").AllTextContentsAsync();
            Assert.DoesNotContain(cells, cell => cell.Contains('>', StringComparison.Ordinal) != cell.Contains('<', StringComparison.Ordinal));
            Assert.DoesNotContain(cells, cell => System.Text.RegularExpressions.Regex.IsMatch(cell, @"Hub\.Contracts\.\w+\.\w")); // exchange names ("Hub.Contracts.Matching:GetVacancy") stay
        }
    }

    [Fact]
    public async Task Show_live_rates_queues_and_health_signal_decisions_and_area_figures_without_personal_data()
    {
        var vacancyId = await ConsoleSteps.PostVacancyAsync(rig, "Leerling-monteur (overview)");
        await ConsoleSteps.RaiseRentArrearsAsync(rig, TenantBsn);
        var page = await rig.SignInAsync("admin");
        await page.PublishedMessageAsync(rig, vacancyId, "processed");
        await page.FailOneVacancyAsync(rig, "Monteur (overview failure)");

        await page.GotoAsync($"{rig.ConsoleUrl}#/signals");
        var decisions = page.Locator("#signal-decisions");
        await Eventually.True(async () =>
        {
            await page.ReloadAsync();
            return await page.Locator("#signal-decisions tr", new() { HasText = "withheld" }).CountAsync() > 0;
        }, "the signal decisions reached the console", timeoutSeconds: 90);
        await Expect(decisions.Locator("tr", new() { HasText = "delivered" })).ToContainTextAsync("wgs-debt-help");
        await Expect(decisions.Locator("tr", new() { HasText = "withheld" })).ToContainTextAsync("rent-arrears");
        await Shoot(page, "console-signal-decisions.png");
        BsnScanner.AssertNone(await page.ContentAsync(), "the page");

        await page.GotoAsync($"{rig.ConsoleUrl}#/figures");
        await Expect(page.Locator(".area-chart[data-area='leeuwarden-oost']")).ToBeVisibleAsync();
        await Expect(page.Locator(".area-table").First).ToContainTextAsync(DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        await Shoot(page, "console-area-figures.png");

        await page.GotoAsync($"{rig.ConsoleUrl}#/live");
        await Expect(page.Locator("#health tr", new() { HasText = "Hub.Gateway" })).ToContainTextAsync("ready");
        await Expect(page.Locator("#queues tr", new() { HasText = "vacancy-published" }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#queues tr", new() { HasText = "flaky-vacancy_error" })).ToBeVisibleAsync();
        await Expect(page.Locator("#rates tr", new() { HasText = "Hub.Gateway" })).ToBeVisibleAsync();
        await Shoot(page, "console-live.png");

        await page.GotoAsync($"{rig.ConsoleUrl}#/failures");
        await Expect(page.Locator(".failure-group").First).ToBeVisibleAsync();
        await Shoot(page, "console-failed-messages.png");

        await page.GotoAsync($"{rig.ConsoleUrl}#/messages?businessId={vacancyId}");
        await Expect(page.Locator(".message-row").First).ToBeVisibleAsync();
        await Shoot(page, "console-message-search.png");
        await page.ClickAsync("#fact-timeline-link");
        await Expect(page.Locator(".fact-event[data-message-type=VacancyPublished]")).ToBeVisibleAsync();
        await Shoot(page, "console-fact-story.png");
        await page.GoBackAsync();
        await Expect(page.Locator(".message-row").First).ToBeVisibleAsync();
        await page.Locator(".message-row", new() { HasText = "VacancyPublished" }).Locator(".message-link").First.ClickAsync();
        await Expect(page.Locator("#timeline")).ToBeVisibleAsync();
        await Shoot(page, "console-message-timeline.png");
        await page.ClickAsync("#conversation-link");
        await Expect(page.Locator("#sequence-diagram")).ToBeVisibleAsync();
        await Shoot(page, "console-conversation.png");
    }

    private async Task Shoot(IPage page, string file)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(_screenshots, file), FullPage = true });
        Assert.True(new FileInfo(Path.Combine(_screenshots, file)).Length > 0);
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("HUB_CONSOLE_SCREENSHOTS") is not { Length: > 0 })
        {
            Directory.Delete(_screenshots, recursive: true);
        }
    }
}
