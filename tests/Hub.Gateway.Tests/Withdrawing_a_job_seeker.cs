using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Contracts.Matching;
using Hub.Gateway.JobSeekers;

namespace Hub.Gateway.Tests;

public sealed class Withdrawing_a_job_seeker(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Fact]
    public async Task Publishes_the_withdrawal_under_the_registration_pseudonym()
    {
        var agency = app.ClientFor(GatewayApplication.JobAgencyKey);
        var registered = await (await agency.PostJson("/api/v1/job-seekers", Registering_a_job_seeker.ValidJobSeeker("738199795"))).Content.ReadFromJsonAsync<JobSeekerReceipt>();

        var response = await agency.PostJson("/api/v1/job-seekers/withdrawals", new { bsn = "738199795", reason = "consent-revoked" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(registered!.SubjectPseudonym, (await response.Content.ReadFromJsonAsync<JobSeekerReceipt>())!.SubjectPseudonym);
        var withdrawn = app.Harness.Published.Select<JobSeekerWithdrawn>(m => m.Context.Message.SubjectPseudonym == app.HubSubjectOf(GatewayApplication.JobAgencyId, registered.SubjectPseudonym)).Single().Context.Message;
        Assert.Equal("consent-revoked", withdrawn.Reason);
        Assert.Equal(GatewayApplication.JobAgencyId, withdrawn.JobAgencyId);
        Assert.DoesNotContain("738199795", JsonSerializer.Serialize(withdrawn), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("738199795", "retired", "reason")]
    [InlineData("738199795", null, "reason")]
    [InlineData("738199796", "moved", "bsn")]
    public async Task Answers_400_naming_the_field_and_publishes_nothing(string bsn, string? reason, string field)
    {
        var before = app.Harness.Published.Select<JobSeekerWithdrawn>().Count();

        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).PostJson("/api/v1/job-seekers/withdrawals", new { bsn, reason });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ErrorFields());
        Assert.Equal(before, app.Harness.Published.Select<JobSeekerWithdrawn>().Count());
    }

    [Fact]
    public async Task Lets_a_school_withdraw_its_student()
    {
        var response = await app.ClientFor(GatewayApplication.SchoolKey).PostJson("/api/v1/students/withdrawals", new { bsn = "173833652", reason = "found-work" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var subject = (await response.Content.ReadFromJsonAsync<JobSeekerReceipt>())!.SubjectPseudonym;
        Assert.Equal(GatewayApplication.SchoolId, app.Harness.Published.Select<JobSeekerWithdrawn>(m => m.Context.Message.SubjectPseudonym == app.HubSubjectOf(GatewayApplication.SchoolId, subject)).Single().Context.Message.JobAgencyId);
    }

    [Fact]
    public async Task Is_forbidden_for_employers()
    {
        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostJson("/api/v1/job-seekers/withdrawals", new { bsn = "738199795", reason = "moved" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
