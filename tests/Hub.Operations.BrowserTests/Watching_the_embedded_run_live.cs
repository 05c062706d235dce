using System.Text.RegularExpressions;
using Hub.Client;
using Hub.Client.Models;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Hub.Operations.BrowserTests;

/// <summary>
/// The README's embedded run (one process, in-memory bus, SQLite): its console's Live page shows the message rates and the
/// health of the whole Hub, though there is no broker to ask.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class Watching_the_embedded_run_live(ConsoleRig rig, ITestOutputHelper output) : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("hub-local-live-").FullName;

    [Fact]
    public async Task Shows_rates_and_the_health_of_every_part_without_a_broker()
    {
        await using var hub = ServiceProcess.Start("Hub.Local", new Dictionary<string, string?>
        {
            ["Database__DataDirectory"] = _data,
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Logging__LogLevel__Default"] = "Warning",
        }, log: output.WriteLine);
        Uri? gateway = null;
        await Eventually.True(() => (gateway = GatewayLine().Match(hub.OutputText) is { Success: true } m ? new Uri(m.Groups["address"].Value) : null) is not null,
            "the banner names the gateway address", timeoutSeconds: 120);
        using var partner = new ServiceCollection().AddHubClient(options =>
        {
            options.BaseAddress = gateway!;
            options.ApiKey = ConsoleSteps.EmployerKey;
        }).BuildServiceProvider();
        await partner.GetRequiredService<IVacanciesApi>().PublishAsync(new VacancyRequest
        {
            Title = "Monteur (embedded)",
            OccupationCode = "7126",
            Postcode = "8925 AB",
            HoursPerWeek = 32,
            Positions = 1,
            ClosingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
            IsRecoveryJob = true,
        });

        var context = await rig.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        var console = new Uri(gateway!, "/ops/").ToString();
        await page.GotoAsync(console + "login.html");
        await page.FillAsync("#username", "operator");
        await page.FillAsync("#password", "operator-demo");
        await page.ClickAsync("#sign-in");
        await Expect(page.Locator("#who")).ToContainTextAsync("operator");

        await page.GotoAsync(console + "#/live");
        // The page refreshes itself every five seconds, so the rate appears once the audit trail has the traffic.
        var rates = page.Locator("#rates tr", new() { HasText = "Hub.Local" });
        await Expect(rates).ToBeVisibleAsync();
        Assert.Matches(@"^[1-9]\d*(\.\d)?$|^0\.[1-9]$", await rates.Locator("td").Nth(2).TextContentAsync());
        await Expect(page.Locator("#health tr", new() { HasText = "Hub.Local (masstransit-bus)" })).ToContainTextAsync("ready");
        await Expect(page.Locator("#health tr", new() { HasText = "Hub.Local (database-matching)" })).ToContainTextAsync("ready");
        await Expect(page.Locator("#health td.error")).ToHaveCountAsync(0);
        await Expect(page.GetByText("No broker (embedded run).")).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    [GeneratedRegex(@"Gateway:\s+(?<address>http://\S+?)/api/v1")]
    private static partial Regex GatewayLine();

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { /* the stopped process may still hold a file briefly */ }
    }
}
