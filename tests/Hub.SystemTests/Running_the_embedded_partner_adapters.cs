using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.PartnerIntegration.Translation;
using Hub.SystemTests.Leaks;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>The embedded demo run hosts the partner adapters: the sample exports in seeds/exports are imported at start.</summary>
public sealed partial class Running_the_embedded_partner_adapters(ITestOutputHelper output) : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("hub-local-partners-").FullName;

    [Fact]
    public async Task Imports_the_sample_exports_of_the_demo_partners_once()
    {
        await using var hub = ServiceProcess.Start("Hub.Local", new Dictionary<string, string?> { ["Database__DataDirectory"] = _data, ["ASPNETCORE_ENVIRONMENT"] = "Development" }, log: output.WriteLine);
        Uri? gateway = null;
        await Eventually.True(() => (gateway = GatewayLine().Match(hub.OutputText) is { Success: true } m ? new Uri(m.Groups["address"].Value) : null) is not null,
            "the banner names the gateway address");
        using var console = await SignedInConsoleAsync(gateway!, "viewer");

        // Every sample export is imported, none rejected: 2 for the corporation, 2 for the school, 1 for the police.
        foreach (var (adapter, count) in new[] { ("housing", 2), ("schools", 2), ("police", 1) })
        {
            await Eventually.True(async () => (await Imports(console, adapter)).Count(i => i.GetProperty("status").GetString() == "completed") == count,
                $"the {adapter} sample exports were imported");
        }
        // The corporation's exported vacancy is in the Hub, readable with its demo key.
        await using var elkien = HubPartner.Connect(gateway!, "demo-housing-key-elkien");
        var vacancyId = StableId.From("vacancy", "00000001802327497000", "ELK-V-0042");
        await Eventually.True(async () => await HubPartner.Found(() => elkien.Vacancies.GetAsync(vacancyId)) is not null, "the exported vacancy is readable");
        Assert.Equal("Leerling-monteur woningonderhoud (example)", (await elkien.Vacancies.GetAsync(vacancyId)).Title);
        Assert.Empty(Directory.EnumerateFiles(_data, "*.csv", SearchOption.AllDirectories));
        BsnScanner.AssertNone(hub.OutputText, "the embedded Hub's output");
    }

    [Fact]
    public async Task Shows_the_adapters_only_to_signed_in_operators_and_lets_only_operators_retry()
    {
        await using var hub = ServiceProcess.Start("Hub.Local", new Dictionary<string, string?> { ["Database__DataDirectory"] = _data, ["ASPNETCORE_ENVIRONMENT"] = "Development" }, log: output.WriteLine);
        Uri? gateway = null;
        await Eventually.True(() => (gateway = GatewayLine().Match(hub.OutputText) is { Success: true } m ? new Uri(m.Groups["address"].Value) : null) is not null,
            "the banner names the gateway address");
        using var anonymous = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = gateway };
        anonymous.DefaultRequestHeaders.Add("Origin", gateway!.GetLeftPart(UriPartial.Authority));
        using var viewer = await SignedInConsoleAsync(gateway!, "viewer");
        using var operatorConsole = await SignedInConsoleAsync(gateway!, "operator");
        var unknown = Guid.NewGuid();

        // The adapters answer no HTTP of their own on the partner API's port any more.
        foreach (var path in new[] { "/housing/imports", "/housing/deliveries", "/police/circuits" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/ops/api/adapters/housing")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/ops/api/adapters/police/deliveries/{unknown}/retry", null)).StatusCode);

        var activity = await viewer.GetFromJsonAsync<JsonElement>("api/adapters/police");
        Assert.Equal("Police", activity.GetProperty("adapter").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync($"api/adapters/police/deliveries/{unknown}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await operatorConsole.PostAsync($"api/adapters/police/deliveries/{unknown}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("api/adapters/elsewhere")).StatusCode);
        await Eventually.True(() => Task.FromResult(hub.OutputText.Contains($"Operator operator retries delivery {unknown}", StringComparison.Ordinal)),
            "the retry is logged with the operator's name");
    }

    private static async Task<List<JsonElement>> Imports(HttpClient console, string adapter) =>
        [.. (await console.GetFromJsonAsync<JsonElement>($"api/adapters/{adapter}")).GetProperty("imports").EnumerateArray()];

    private static async Task<HttpClient> SignedInConsoleAsync(Uri address, string user)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address, "/ops/"),
        };
        // As a browser on the console's pages: the console refuses changes without its own Origin.
        http.DefaultRequestHeaders.Add("Origin", address.GetLeftPart(UriPartial.Authority));
        using var login = await http.PostAsync("auth/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = user, ["password"] = $"{user}-demo" }));
        Assert.Equal("/ops/", login.Headers.Location?.OriginalString);
        return http;
    }

    [GeneratedRegex(@"Gateway:\s+(?<address>http://\S+?)/api/v1")]
    private static partial Regex GatewayLine();

    public void Dispose()
    {
        SqliteScratch.ScanBeforeDeleting(_data);
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { /* the killed process may still hold a file briefly */ }
    }
}
