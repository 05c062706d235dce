using System.Net;
using Hub.Client.Models;
using Hub.Testing;
using Refit;
using Xunit.Abstractions;

namespace Hub.SystemTests;

[Collection(SystemCollection.Name)]
public sealed class Losing_the_broker(SystemRig rig, ITestOutputHelper output)
{
    [Fact]
    public async Task Gateway_answers_503_never_202_and_recovers_when_the_broker_returns()
    {
        await using var hub = await HubServices.StartAsync(rig, output.WriteLine, Path.GetTempPath(),
            new Dictionary<string, string?> { ["Hub:Gateway:PublishTimeout"] = "00:00:02" });
        // Retries off: this test must see the gateway's own first answer, not the client's recovery.
        var employer = hub.ClientFor(SampleVacancies.EmployerKey, resilience => resilience.MaxRetryAttempts = 0);
        using var health = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = hub.Gateway.BaseAddress };

        await rig.Broker.StopAppAsync();
        ApiException refused;
        var readyWhileAway = HttpStatusCode.OK;
        try
        {
            refused = await Assert.ThrowsAnyAsync<ApiException>(() => employer.Vacancies.PublishAsync(SampleVacancies.Request("While the broker is away")));
            await Eventually.True(async () =>
            {
                var ready = await health.GetAsync("/health/ready");
                return (readyWhileAway = ready.StatusCode) != HttpStatusCode.OK;
            }, "readiness reports the lost broker");
        }
        finally
        {
            await rig.Broker.StartAppAsync();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.ContentHeaders?.ContentType?.MediaType);
        Assert.Equal(503, Assert.IsType<ValidationApiException>(refused).Content?.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileAway);

        // Both services reconnect on their own; a vacancy accepted afterwards goes all the way.
        VacancyAccepted? accepted = null;
        await Eventually.True(async () =>
        {
            try
            {
                accepted = await employer.Vacancies.PublishAsync(SampleVacancies.Request("After the broker returned"));
                return true;
            }
            catch (Exception e) when (e is ApiException { StatusCode: HttpStatusCode.ServiceUnavailable } or ApiRequestException)
            {
                return false; // still 503, or the client's circuit is open after the 503s
            }
        }, "the gateway accepts again", timeoutSeconds: 60);
        Assert.Equal(HttpStatusCode.Accepted, employer.LastStatus);
        Assert.Equal($"/api/v1/commands/{accepted!.CommandId}", employer.LastLocation);
        await Eventually.True(async () => await HubPartner.Found(() => employer.Vacancies.GetAsync(accepted.VacancyId)) is not null,
            "the vacancy accepted after recovery reaches job matching", timeoutSeconds: 60);
    }
}
