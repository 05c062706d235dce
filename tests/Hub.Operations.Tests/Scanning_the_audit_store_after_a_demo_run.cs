using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Client;
using Hub.Client.Models;
using Hub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Operations.Tests;

/// <summary>
/// The README's embedded run with the console: partners send BSNs (job seeker, signal, consent, subject access); afterwards
/// the audit store's files hold the trail of those messages and not one BSN.
/// </summary>
public sealed partial class Scanning_the_audit_store_after_a_demo_run(ITestOutputHelper output) : IDisposable
{
    // Example BSNs that pass the 11-check; they must never leave the gateway.
    private const string SeekerBsn = "111222333";
    private const string TenantBsn = "637337670";
    private const string YoungsterBsn = "250591960";

    private readonly string _data = Directory.CreateTempSubdirectory("hub-local-audit-").FullName;
    private readonly List<ServiceProvider> _partners = [];

    [Fact]
    public async Task Finds_the_trail_of_every_message_and_no_bsn()
    {
        Assert.True(BsnScanner.PassesElevenCheck(SeekerBsn));
        await using var hub = ServiceProcess.Start("Hub.Local", new Dictionary<string, string?>
        {
            ["Database__DataDirectory"] = _data,
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Logging__LogLevel__Default"] = "Warning",
        }, log: output.WriteLine);
        Uri? gateway = null;
        await Eventually.True(() => (gateway = GatewayLine().Match(hub.OutputText) is { Success: true } m ? new Uri(m.Groups["address"].Value) : null) is not null,
            "the banner names the gateway address", timeoutSeconds: 120);

        await Partner<IJobSeekersApi>(gateway!, "demo-jobagency-key-werkplein").RegisterAsync(new JobSeekerRequest
        {
            Bsn = SeekerBsn,
            Postcode = "8923 AB",
            TargetOccupations = ["7126"],
            HoursMin = 24,
            HoursMax = 36,
            AvailableFrom = DateOnly.FromDateTime(DateTime.UtcNow),
            MaxTravelKm = 15,
            BenefitType = "bijstand",
            ConsentToShare = true,
        });
        await Partner<ISignalsApi>(gateway!, "demo-housing-key-elkien").RaiseAsync(new SignalRequest
        {
            Bsn = TenantBsn,
            Category = "rent-arrears",
            Details = new Dictionary<string, string> { ["amount"] = "1250.00", ["since"] = "2026-03-01", ["reminders-sent"] = "2" },
            OccurredOn = DateOnly.FromDateTime(DateTime.UtcNow),
        });
        var municipality = "demo-municipality-key-leeuwarden";
        await Partner<IConsentsApi>(gateway!, municipality).RecordAsync(new ConsentRequest
        {
            Bsn = YoungsterBsn,
            Categories = ["youth-nuisance"],
            ToRole = "municipality",
            Purpose = "youth-care",
            ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1)),
        });
        // Answered once signals has processed the arrears signal that makes the tenant the municipality's resident.
        var subjectAccess = Partner<ISubjectAccessApi>(gateway!, municipality);
        await Eventually.True(async () =>
        {
            try
            {
                await subjectAccess.RequestAsync(new SubjectAccessRequest { Bsn = TenantBsn });
                return true;
            }
            catch (Refit.ApiException refused) when (refused.StatusCode == System.Net.HttpStatusCode.Forbidden)
            {
                return false;
            }
        }, "the municipality's subject access for its resident was answered");

        // The console (same process, /ops) shows the trail: the scan below looks at a store that really holds it.
        using var console = await SignedInConsoleAsync(gateway!);
        foreach (var type in new[] { "JobSeekerRegistered", "SignalRaised", "ConsentRecorded", "GetSubjectDisclosures" })
        {
            await Eventually.True(async () => await CountAsync(console, $"messages?messageType={type}&stage=processed") > 0,
                $"{type} processed in the audit trail", timeoutSeconds: 90);
        }
        Assert.True(await CountAsync(console, "messages?limit=500") > 20);
        hub.Kill();

        var files = Directory.GetFiles(_data, "operations.db*");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file));
            // Counts, not Assert.DoesNotContain: its failure message would print the file around the number.
            Assert.Equal(0, new[] { SeekerBsn, TenantBsn, YoungsterBsn }.Count(bsn => text.Contains(bsn, StringComparison.Ordinal)));
            BsnScanner.AssertNone(text, Path.GetFileName(file));
        }
    }

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

    private static async Task<HttpClient> SignedInConsoleAsync(Uri address)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(address, "/ops/"),
        };
        // As a browser on the console's pages: the console refuses changes without its own Origin.
        http.DefaultRequestHeaders.Add("Origin", address.GetLeftPart(UriPartial.Authority));
        using var login = await http.PostAsync("auth/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "admin", ["password"] = "admin-demo" }));
        Assert.Equal("/ops/", login.Headers.Location?.OriginalString);
        return http;
    }

    private static async Task<int> CountAsync(HttpClient console, string path) =>
        JsonDocument.Parse(await console.GetStringAsync("api/" + path)).RootElement.GetArrayLength();

    [GeneratedRegex(@"Gateway:\s+(?<address>http://\S+?)/api/v1")]
    private static partial Regex GatewayLine();

    public void Dispose()
    {
        _partners.ForEach(p => p.Dispose());
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { /* the killed process may still hold a file briefly */ }
    }
}
