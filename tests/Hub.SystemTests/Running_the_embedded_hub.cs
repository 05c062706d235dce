using System.Net;
using System.Text.RegularExpressions;
using Hub.SystemTests.Leaks;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>The README's run command: every service in one process, in memory, with the demo data.</summary>
public sealed partial class Running_the_embedded_hub(ITestOutputHelper output) : IDisposable
{
    private static readonly Guid DemoVacancy = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private readonly string _data = Directory.CreateTempSubdirectory("hub-local-").FullName;

    [Fact]
    public async Task Prints_the_gateway_address_that_then_answers_with_demo_data()
    {
        await using var hub = ServiceProcess.Start("Hub.Local",
            new Dictionary<string, string?> { ["Database__DataDirectory"] = _data, ["ASPNETCORE_ENVIRONMENT"] = "Development" }, log: output.WriteLine);

        Uri? printed = null;
        await Eventually.True(() =>
        {
            var match = GatewayLine().Match(hub.OutputText);
            printed = match.Success ? new Uri(match.Groups["address"].Value) : null;
            return Task.FromResult(printed is not null);
        }, "the banner names the gateway address", timeoutSeconds: 60);

        await using var employer = HubPartner.Connect(printed!, SampleVacancies.EmployerKey);
        await Eventually.True(async () => await HubPartner.Found(() => employer.Vacancies.GetAsync(DemoVacancy)) is not null,
            "the demo vacancy from seeds/ is readable by its employer");
        var demo = await employer.Vacancies.GetAsync(DemoVacancy);
        Assert.Equal("8925AB", demo.Postcode);

        var posted = await employer.Vacancies.PublishAsync(SampleVacancies.Request("Embedded vacancy"));
        Assert.Equal(HttpStatusCode.Accepted, employer.LastStatus);
        Assert.Equal($"/api/v1/commands/{posted.CommandId}", employer.LastLocation);
        await Eventually.True(async () => await HubPartner.Found(() => employer.Vacancies.GetAsync(posted.VacancyId)) is not null,
            "a posted vacancy is readable back");

        // The API reference page is for people, not partners' code: plain HTTP.
        using var browser = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = printed };
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api")).StatusCode);
    }

    [Fact]
    public async Task Outside_Development_refuses_to_start_on_the_demo_secrets()
    {
        await using var hub = ServiceProcess.Start("Hub.Local",
            new Dictionary<string, string?> { ["Database__DataDirectory"] = _data, ["ASPNETCORE_ENVIRONMENT"] = "Production" }, log: output.WriteLine);

        await Eventually.True(() => Task.FromResult(hub.HasExited), "the Hub started with the published demo keys", timeoutSeconds: 60);

        Assert.NotEqual(0, hub.ExitCode);
        Assert.Contains("Hub:Pseudonymisation:Key", hub.OutputText, StringComparison.Ordinal);
        Assert.DoesNotMatch(GatewayLine(), hub.OutputText);
    }

    [GeneratedRegex(@"Gateway:\s+(?<address>http://\S+?)/api/v1")]
    private static partial Regex GatewayLine();

    public void Dispose()
    {
        SqliteScratch.ScanBeforeDeleting(_data);
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { /* the killed process may still hold a file briefly */ }
    }
}
