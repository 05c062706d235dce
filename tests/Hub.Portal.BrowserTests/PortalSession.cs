using Hub.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hub.Portal.BrowserTests;

/// <summary>One person in the portal, in a browser context of their own; every page they open is checked with axe-core.</summary>
public sealed class PortalSession(IPage page, Uri portal)
{
    /// <summary>The demo administrators of seeds/portal-users.json; all share this demo password.</summary>
    public const string DemoPassword = "portal-demo-2026";
    public const string Employer = "werkgever@installatie-oost.example";
    public const string Housing = "corporatie@elkien.example";
    public const string School = "school@friesepoort.example";
    public const string Police = "politie@leeuwarden.example";
    public const string JobAgency = "werkplein@leeuwarden.example";
    public const string Municipality = "gemeente@leeuwarden.example";

    public IPage Page => page;

    public static async Task<PortalSession> SignInAsync(IBrowser browser, Uri portal, string email, string password = DemoPassword)
    {
        var session = await OpenAsync(browser, portal);
        await session.SignInHereAsync(email, password);
        return session;
    }

    /// <summary>A fresh browser context (no cookies) on the sign-in page.</summary>
    public static async Task<PortalSession> OpenAsync(IBrowser browser, Uri portal)
    {
        // Bypassing the portal's Content-Security-Policy only so axe-core can be injected.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, BypassCSP = true });
        var session = new PortalSession(await context.NewPageAsync(), portal);
        await session.GotoAsync("account/sign-in");
        return session;
    }

    public async Task SignInHereAsync(string email, string password = DemoPassword)
    {
        await page.FillAsync("#Form_Email", email);
        await page.FillAsync("#Form_Password", password);
        await page.ClickAsync("#sign-in");
        await Expect(page.Locator("#who-name")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    /// <summary>Opens a portal page (relative to /portal/) and checks it.</summary>
    public async Task GotoAsync(string path)
    {
        await page.GotoAsync(new Uri(portal, path).ToString());
        await page.AssertAccessibleAsync();
    }

    /// <summary>Clicks a form's button, expects the Hub's decision page to say applied, checks it, and follows "Verder".</summary>
    public async Task SubmitAppliedAsync(string button)
    {
        await page.ClickAsync(button);
        await ExpectDecisionAsync("Verwerkt");
        await page.ClickAsync("#back");
        await page.AssertAccessibleAsync();
    }

    /// <summary>On the decision page: waits (asking again) until the command is decided, then expects that decision.</summary>
    public async Task ExpectDecisionAsync(string decision)
    {
        await Expect(page.Locator("#command-status")).ToBeVisibleAsync();
        await Eventually.True(async () =>
        {
            if (await page.Locator("#check-again").CountAsync() == 0)
            {
                return true;
            }
            await page.ClickAsync("#check-again");
            return false;
        }, "the Hub decided the command", timeoutSeconds: 90);
        await page.AssertAccessibleAsync();
        await Expect(page.Locator("#command-status")).ToHaveTextAsync(decision);
    }

    /// <summary>Reloads until the locator shows (the Hub works asynchronously: a proposal, a delivery appear a moment later).</summary>
    public async Task ReloadUntilVisibleAsync(ILocator locator, string what, int timeoutSeconds = 90)
    {
        await Eventually.True(async () =>
        {
            if (await locator.CountAsync() > 0)
            {
                return true;
            }
            await page.ReloadAsync();
            return false;
        }, what, timeoutSeconds);
        await page.AssertAccessibleAsync();
    }

    /// <summary>With HUB_PORTAL_SCREENSHOTS set (README: docs), saves the page as portal-{name}.png there.</summary>
    public async Task ScreenshotAsync(string name)
    {
        if (Environment.GetEnvironmentVariable("HUB_PORTAL_SCREENSHOTS") is { Length: > 0 } folder)
        {
            var path = Path.IsPathRooted(folder) ? folder : Path.Combine(RepositoryPaths.RepoRoot, folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(path, $"portal-{name}.png"), FullPage = true });
        }
    }

    public Task CloseAsync() => page.Context.CloseAsync();
}
