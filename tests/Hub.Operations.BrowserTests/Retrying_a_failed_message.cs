using Hub.Testing;
using static Microsoft.Playwright.Assertions;

namespace Hub.Operations.BrowserTests;

/// <summary>A partner adapter's consumer fails over the real broker; the console shows the failure in its group and retries it once fixed.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class Retrying_a_failed_message(ConsoleRig rig)
{
    [Fact]
    public async Task The_failure_arrives_in_its_group_and_the_retry_delivers_it_once_the_consumer_is_fixed()
    {
        var page = await rig.SignInAsync("operator");
        var (vacancyId, messageId) = await page.FailOneVacancyAsync(rig, "Monteur (fails first)");
        Assert.False(rig.Adapter.Handled.ContainsKey(vacancyId));

        await page.GotoAsync($"{rig.ConsoleUrl}#/failures");
        var group = page.Locator(".failure-group", new() { HasText = "FlakyVacancyConsumer" });
        await Expect(group).ToContainTextAsync("InvalidOperationException");
        await Expect(group).ToContainTextAsync("vacancy register unavailable");
        await group.Locator(".show-group").ClickAsync();
        var failed = page.Locator($".failed-message[data-message-id='{messageId}']");
        await Expect(failed.Locator(".status")).ToHaveTextAsync("Unresolved");

        // The consumer is fixed; the operator retries the one message.
        await failed.Locator(".retry-message").ClickAsync();
        await Expect(failed.Locator(".outcome")).ToHaveTextAsync("succeeded");
        await Eventually.True(() => rig.Adapter.Handled.ContainsKey(vacancyId), "the adapter handled the retried vacancy");
        Assert.Equal(1, rig.Adapter.Handled[vacancyId]);

        await page.GotoAsync($"{rig.ConsoleUrl}#/message/{messageId}");
        await Expect(page.Locator("#timeline .timeline-entry.retried", new() { HasText = "Hub.Operations" })).ToBeVisibleAsync();
        await Expect(page.Locator("#timeline .timeline-entry.faulted").First).ToBeVisibleAsync();
        await Eventually.True(() => rig.Alerts.Received.Any(a => a.Contains("\"failures\"", StringComparison.Ordinal)), "a failures alert reached the webhook");
    }

    [Fact]
    public async Task A_viewer_sees_the_failure_but_cannot_retry_it()
    {
        var operatorPage = await rig.SignInAsync("operator");
        var (_, messageId) = await operatorPage.FailOneVacancyAsync(rig, "Monteur (viewer test)");

        var page = await rig.SignInAsync("viewer");
        await page.GotoAsync($"{rig.ConsoleUrl}#/failures");
        await Expect(page.Locator($".failed-message[data-message-id='{messageId}']")).ToBeVisibleAsync();
        await Expect(page.Locator(".retry-message")).ToHaveCountAsync(0);
        await Expect(page.Locator("#retry-all")).ToHaveCountAsync(0);

        var refused = await page.Context.APIRequest.PostAsync(rig.ConsoleUrl + "api/failures/retry-all");
        Assert.Equal(403, refused.Status);
        var stillThere = await page.ApiAsync(rig, "failures");
        Assert.Contains(stillThere!.Value.EnumerateArray(), f => f.GetProperty("messageId").GetGuid() == messageId && f.GetProperty("status").GetString() == "Unresolved");
    }
}
