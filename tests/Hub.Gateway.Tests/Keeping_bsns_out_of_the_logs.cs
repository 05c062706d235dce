using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hub.Gateway.JobSeekers;

namespace Hub.Gateway.Tests;

public sealed class Keeping_bsns_out_of_the_logs(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    private const string ValidBsn = "883235912";
    private const string InvalidBsn = "883235913";

    [Fact]
    public async Task No_log_line_contains_a_bsn_the_gateway_received()
    {
        var agency = app.ClientFor(GatewayApplication.JobAgencyKey);
        var registered = await agency.PostJson("/api/v1/job-seekers", Registering_a_job_seeker.ValidJobSeeker(ValidBsn), idempotencyKey: "log-check");
        await agency.PostJson("/api/v1/job-seekers", Registering_a_job_seeker.ValidJobSeeker(InvalidBsn));
        var unreadable = Registering_a_job_seeker.ValidJobSeeker(ValidBsn);
        unreadable["hoursMin"] = "many";
        await agency.PostAsync("/api/v1/job-seekers", new StringContent(unreadable.ToJsonString(), Encoding.UTF8, "application/json"));
        await agency.PostJson("/api/v1/job-seekers/withdrawals", new { bsn = ValidBsn, reason = "moved" });
        await app.ClientFor(GatewayApplication.SchoolKey).PostJson("/api/v1/students", new { bsn = InvalidBsn });
        var subject = (await registered.Content.ReadFromJsonAsync<JobSeekerReceipt>())!.SubjectPseudonym;
        await agency.GetAsync($"/api/v1/job-seekers/{subject}/proposals");

        Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        // The capture works: it saw the requests and the publish.
        Assert.Contains(app.Logs.Lines, line => line.Contains("/api/v1/job-seekers", StringComparison.Ordinal));
        Assert.Contains(app.Logs.Lines, line => line.Contains(nameof(Hub.Contracts.Matching.JobSeekerWithdrawn), StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(ValidBsn, StringComparison.Ordinal) || line.Contains(InvalidBsn, StringComparison.Ordinal));
    }

    [Fact]
    public void Requests_print_without_their_bsn()
    {
        Assert.DoesNotContain(ValidBsn, new JobSeekerRequest { Bsn = ValidBsn }.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ValidBsn, new StudentRequest { Bsn = ValidBsn }.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ValidBsn, new WithdrawalRequest { Bsn = ValidBsn }.ToString(), StringComparison.Ordinal);
    }
}
