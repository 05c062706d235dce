using System.Net;
using System.Net.Http.Json;
using Xunit.Abstractions;

namespace Hub.SystemTests;

[Collection(SystemCollection.Name)]
public sealed class Losing_the_broker(HubRig rig, ITestOutputHelper output)
{
    [Fact]
    public async Task Gateway_answers_503_never_202_and_recovers_when_the_broker_returns()
    {
        await using var hub = await HubServices.StartAsync(rig, output, Path.GetTempPath(),
            new Dictionary<string, string?> { ["Hub:Gateway:PublishTimeout"] = "00:00:02" });
        var employer = hub.ClientFor(SampleVacancies.EmployerKey);

        await rig.Broker.StopAppAsync();
        HttpResponseMessage refused;
        var readyWhileAway = HttpStatusCode.OK;
        try
        {
            refused = await employer.PostAsJsonAsync("/api/v1/vacancies", SampleVacancies.Request("While the broker is away"));
            await Eventually.True(async () =>
            {
                var ready = await employer.GetAsync("/health/ready");
                return (readyWhileAway = ready.StatusCode) != HttpStatusCode.OK;
            }, "readiness reports the lost broker");
        }
        finally
        {
            await rig.Broker.StartAppAsync();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileAway);

        // Both services reconnect on their own; a vacancy accepted afterwards goes all the way.
        HttpResponseMessage accepted = refused;
        await Eventually.True(async () =>
        {
            accepted = await employer.PostAsJsonAsync("/api/v1/vacancies", SampleVacancies.Request("After the broker returned"));
            return accepted.StatusCode == HttpStatusCode.Accepted;
        }, "the gateway accepts again", timeoutSeconds: 60);
        var location = accepted.Headers.Location!.ToString();
        await Eventually.True(async () => (await employer.GetAsync(location)).StatusCode == HttpStatusCode.OK,
            "the vacancy accepted after recovery reaches job matching", timeoutSeconds: 60);
    }
}
