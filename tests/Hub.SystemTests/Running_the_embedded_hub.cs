using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Testing;
using Xunit.Abstractions;

namespace Hub.SystemTests;

/// <summary>The README's run command: every service in one process, in memory, with the demo data.</summary>
public sealed partial class Running_the_embedded_hub(ITestOutputHelper output) : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("hub-local-").FullName;

    [Fact]
    public async Task Prints_the_gateway_address_that_then_answers_with_demo_data()
    {
        await using var hub = ServiceProcess.Start("Hub.Local",
            new Dictionary<string, string?> { ["Database__DataDirectory"] = _data }, log: output.WriteLine);

        Uri? printed = null;
        await Eventually.True(() =>
        {
            var match = GatewayLine().Match(hub.OutputText);
            printed = match.Success ? new Uri(match.Groups["address"].Value) : null;
            return Task.FromResult(printed is not null);
        }, "the banner names the gateway address", timeoutSeconds: 60);

        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = printed };
        client.DefaultRequestHeaders.Add("X-Api-Key", SampleVacancies.EmployerKey);
        await Eventually.True(async () => (await client.GetAsync("/api/v1/vacancies/0193a000-0000-7000-8000-000000000001")).StatusCode == HttpStatusCode.OK,
            "the demo vacancy from seeds/ is readable by its employer");
        var demo = await client.GetFromJsonAsync<JsonElement>("/api/v1/vacancies/0193a000-0000-7000-8000-000000000001");
        Assert.Equal("8925AB", demo.GetProperty("postcode").GetString());

        var posted = await client.PostAsJsonAsync("/api/v1/vacancies", SampleVacancies.Request("Embedded vacancy"));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        await Eventually.True(async () => (await client.GetAsync(posted.Headers.Location)).StatusCode == HttpStatusCode.OK,
            "a posted vacancy is readable back");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api")).StatusCode);
    }

    [GeneratedRegex(@"Gateway:\s+(?<address>http://\S+?)/api/v1")]
    private static partial Regex GatewayLine();

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { /* the killed process may still hold a file briefly */ }
    }
}
