using System.Text.Json;
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
/// The README's embedded run (one process, in-memory bus, SQLite) and its console: Live shows the message rates and the
/// health of the whole Hub though there is no broker to ask, and a delivery a partner system refused waits on the partner
/// deliveries page, for the operators of its area only, until one retries it.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class Operating_the_embedded_run(ConsoleRig rig, ITestOutputHelper output) : IDisposable
{
    private const string Occupation = "2411"; // none of the demo data's: the seekers below are the ones proposed
    private readonly string _data = Directory.CreateTempSubdirectory("hub-local-console-").FullName;
    private readonly List<ServiceProvider> _partners = [];
    private readonly List<IBrowserContext> _browsers = [];

    [Fact]
    public async Task Live_shows_rates_and_the_health_of_every_part_without_a_broker()
    {
        await using var hub = ServiceProcess.Start("Hub.Local", Settings(), log: output.WriteLine);
        var gateway = await GatewayAsync(hub);
        await VacancyAsync(gateway, ConsoleSteps.EmployerKey, "8925 AB");

        var page = await SignInAsync(gateway, "operator");
        await page.GotoAsync(Console(gateway) + "#/live");
        // The page refreshes itself every five seconds, so the rate appears once the audit trail has the traffic.
        var rates = page.Locator("#rates tr", new() { HasText = "Hub.Local" });
        await Expect(rates).ToBeVisibleAsync();
        Assert.Matches(@"^[1-9]\d*(\.\d)?$|^0\.[1-9]$", await rates.Locator("td").Nth(2).TextContentAsync());
        await Expect(page.Locator("#health tr", new() { HasText = "Hub.Local (masstransit-bus)" })).ToContainTextAsync("ready");
        await Expect(page.Locator("#health tr", new() { HasText = "Hub.Local (database-matching)" })).ToContainTextAsync("ready");
        await Expect(page.Locator("#health td.error")).ToHaveCountAsync(0);
        await Expect(page.GetByText("No broker (embedded run).")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_refused_delivery_waits_for_an_operator_of_its_area_who_retries_it()
    {
        using var elkien = new PartnerWebhook();
        await using var hub = ServiceProcess.Start("Hub.Local", Settings(new()
        {
            // The housing corporation Elkien publishes recovery jobs; its proposals go to its webhook, which refuses them.
            ["Hub__Housing__Partners__0__WebhookUrl"] = elkien.Url,
        }), log: output.WriteLine);
        var gateway = await GatewayAsync(hub);
        var leeuwarden = await ProposalToElkienAsync(gateway, "8925 AB", "8923 AB", "123456782");
        var rotterdam = await ProposalToElkienAsync(gateway, "3072 AB", "3073 AB", "111222333");

        var admin = await SignInAsync(gateway, "admin");
        await Eventually.True(async () => await ApiAsync(admin, gateway, "partner-deliveries?status=failed") is { } view
            && new[] { leeuwarden, rotterdam }.All(id => view.GetProperty("deliveries").EnumerateArray().Any(d => d.GetProperty("deliveryId").GetGuid() == id)),
            "both refused deliveries failed for good at the housing adapter", timeoutSeconds: 90);

        var page = await SignInAsync(gateway, "leeuwarden");
        await page.GotoAsync(Console(gateway) + "#/deliveries");
        var row = page.Locator($".delivery[data-delivery-id='{leeuwarden}']");
        await Expect(row).ToContainTextAsync("proposal-made");
        await Expect(row.Locator(".delivery-status")).ToHaveTextAsync("failed");
        await Expect(row).ToContainTextAsync("leeuwarden-oost");
        await Expect(page.Locator($".delivery[data-delivery-id='{rotterdam}']")).ToHaveCountAsync(0);
        // Nor can they retry Rotterdam's by its id.
        var foreign = await page.Context.APIRequest.PostAsync($"{Console(gateway)}api/adapters/housing/deliveries/{rotterdam}/retry",
            new() { Headers = new Dictionary<string, string> { ["Origin"] = gateway.GetLeftPart(UriPartial.Authority) } });
        Assert.Equal(404, foreign.Status);

        elkien.Refusing = false;
        await row.Locator(".retry-delivery").ClickAsync();
        await Expect(row.Locator(".delivery-status")).ToHaveTextAsync("retrying");
        await Eventually.True(async () => await ApiAsync(page, gateway, "partner-deliveries?status=delivered") is { } view
            && view.GetProperty("deliveries").EnumerateArray().Any(d => d.GetProperty("deliveryId").GetGuid() == leeuwarden),
            "the retried delivery reached the partner", timeoutSeconds: 60);
        await page.GotoAsync(Console(gateway) + "#/deliveries?status=delivered");
        await Expect(page.Locator($".delivery[data-delivery-id='{leeuwarden}'] .delivery-status")).ToHaveTextAsync("delivered");
        // The retry is on record with who did it.
        await admin.GotoAsync(Console(gateway) + "#/operator-log");
        await Expect(admin.Locator("tr", new() { HasText = $"housing/{leeuwarden}" })).ToContainTextAsync("leeuwarden");
    }

    /// <summary>Elkien publishes a vacancy at <paramref name="postcode"/>, the job agency a seeker nearby; returns the proposal's id.</summary>
    private async Task<Guid> ProposalToElkienAsync(Uri gateway, string postcode, string seekerPostcode, string bsn)
    {
        var vacancyId = await VacancyAsync(gateway, ConsoleSteps.HousingKey, postcode);
        await Partner<IJobSeekersApi>(gateway, ConsoleSteps.JobAgencyKey).RegisterAsync(new JobSeekerRequest
        {
            Bsn = bsn,
            Postcode = seekerPostcode,
            TargetOccupations = [Occupation],
            HoursMin = 24,
            HoursMax = 40,
            AvailableFrom = DateOnly.FromDateTime(DateTime.UtcNow),
            MaxTravelKm = 15,
            BenefitType = "bijstand",
            ConsentToShare = true,
        });
        var proposals = Partner<IProposalsApi>(gateway, ConsoleSteps.HousingKey);
        Guid? proposalId = null;
        await Eventually.True(async () => (proposalId = (await ConsoleSteps.ProposalsOrNoneAsync(proposals, vacancyId)).FirstOrDefault()?.ProposalId) is not null,
            $"a proposal for the vacancy at {postcode}", timeoutSeconds: 90);
        return proposalId!.Value;
    }

    private Task<Guid> VacancyAsync(Uri gateway, string apiKey, string postcode) =>
        Partner<IVacanciesApi>(gateway, apiKey).PublishAsync(new VacancyRequest
        {
            Title = $"Boekhouder {postcode}",
            OccupationCode = Occupation,
            Postcode = postcode,
            HoursPerWeek = 32,
            Positions = 1,
            ClosingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
            IsRecoveryJob = true,
        }).ContinueWith(accepted => accepted.Result.VacancyId, TaskScheduler.Default);

    private Dictionary<string, string?> Settings(Dictionary<string, string?>? extra = null) => new(extra ?? [])
    {
        ["Database__DataDirectory"] = _data,
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static async Task<Uri> GatewayAsync(ServiceProcess hub)
    {
        Uri? gateway = null;
        await Eventually.True(() => (gateway = GatewayLine().Match(hub.OutputText) is { Success: true } m ? new Uri(m.Groups["address"].Value) : null) is not null,
            "the banner names the gateway address", timeoutSeconds: 120);
        return gateway!;
    }

    private static string Console(Uri gateway) => new Uri(gateway, "/ops/").ToString();

    private T Partner<T>(Uri gateway, string apiKey)
        where T : class
    {
        var services = new ServiceCollection().AddHubClient(options =>
        {
            options.BaseAddress = gateway;
            options.ApiKey = apiKey;
            options.Resilience.AttemptTimeout = TimeSpan.FromSeconds(30);
        }).BuildServiceProvider();
        _partners.Add(services);
        return services.GetRequiredService<T>();
    }

    private async Task<IPage> SignInAsync(Uri gateway, string user)
    {
        var context = await rig.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        _browsers.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Console(gateway) + "login.html");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", $"{user}-demo");
        await page.ClickAsync("#sign-in");
        await Expect(page.Locator("#who")).ToContainTextAsync(user);
        return page;
    }

    private static async Task<JsonElement?> ApiAsync(IPage page, Uri gateway, string path)
    {
        var response = await page.Context.APIRequest.GetAsync(Console(gateway) + "api/" + path);
        return response.Ok ? JsonDocument.Parse(await response.TextAsync()).RootElement.Clone() : null;
    }

    [GeneratedRegex(@"Gateway:\s+(?<address>http://\S+?)/api/v1")]
    private static partial Regex GatewayLine();

    public void Dispose()
    {
        _browsers.ForEach(b => b.CloseAsync().GetAwaiter().GetResult());
        _partners.ForEach(p => p.Dispose());
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { /* the stopped process may still hold a file briefly */ }
    }
}
