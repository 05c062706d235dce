using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Matching;

namespace Hub.Gateway.Tests;

public sealed class Listing_job_seekers(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Fact]
    public async Task A_job_agency_lists_its_job_seekers_under_its_own_pseudonym_never_the_hub_wide_one()
    {
        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).GetAsync("/api/v1/job-seekers");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(FakeJobMatching.AgencysSeeker, body, StringComparison.Ordinal);
        var list = System.Text.Json.JsonSerializer.Deserialize<JobSeekers.JobSeekerList>(body, System.Text.Json.JsonSerializerOptions.Web);
        var seeker = Assert.Single(list!.JobSeekers);
        Assert.Equal(app.OwnPseudonymOf(GatewayApplication.JobAgencyId, FakeJobMatching.AgencysSeeker), seeker.SubjectPseudonym);
        Assert.Equal(("active", FakeJobMatching.ListedProposals, "7126"), (seeker.Status, seeker.Proposals, Assert.Single(seeker.TargetOccupations)));
        Assert.Contains(app.Harness.Published.Select<GetJobSeekers>(), m => m.Context.Message.RequestedBy == GatewayApplication.JobAgencyId);
    }

    [Fact]
    public async Task A_listed_pseudonym_reads_that_job_seekers_proposals()
    {
        var listed = Assert.Single((await app.ClientFor(GatewayApplication.JobAgencyKey).GetFromJsonAsync<JobSeekers.JobSeekerList>("/api/v1/job-seekers"))!.JobSeekers);

        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).GetAsync($"/api/v1/job-seekers/{listed.SubjectPseudonym}/proposals");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(app.Harness.Published.Select<GetJobSeekerProposals>(), m => m.Context.Message.SubjectPseudonym == FakeJobMatching.AgencysSeeker);
    }

    [Fact]
    public async Task A_school_lists_its_students_under_its_own_pseudonym_and_none_of_the_agencys()
    {
        var response = await app.ClientFor(GatewayApplication.SchoolKey).GetAsync("/api/v1/students");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await response.Content.ReadFromJsonAsync<JobSeekers.JobSeekerList>();
        Assert.Equal([app.OwnPseudonymOf(GatewayApplication.SchoolId, FakeJobMatching.SchoolsStudent)], list!.JobSeekers.Select(s => s.SubjectPseudonym));
        Assert.Contains(app.Harness.Published.Select<GetJobSeekers>(), m => m.Context.Message.RequestedBy == GatewayApplication.SchoolId);
    }

    [Fact]
    public async Task The_asker_is_always_the_caller_whatever_it_puts_in_the_query()
    {
        var before = app.Harness.Published.Select<GetJobSeekers>().Count();

        var response = await app.ClientFor(GatewayApplication.SchoolKey).GetAsync($"/api/v1/students?requestedBy={GatewayApplication.JobAgencyId}&jobAgencyId={GatewayApplication.JobAgencyId}");

        var list = await response.Content.ReadFromJsonAsync<JobSeekers.JobSeekerList>();
        Assert.DoesNotContain(app.OwnPseudonymOf(GatewayApplication.SchoolId, FakeJobMatching.AgencysSeeker), list!.JobSeekers.Select(s => s.SubjectPseudonym));
        var asked = Assert.Single(app.Harness.Published.Select<GetJobSeekers>().Skip(before)).Context.Message;
        Assert.Equal(GatewayApplication.SchoolId, asked.RequestedBy);
    }

    [Theory]
    [InlineData("/api/v1/job-seekers", GatewayApplication.SchoolKey)]
    [InlineData("/api/v1/job-seekers", GatewayApplication.EmployerKey)]
    [InlineData("/api/v1/students", GatewayApplication.JobAgencyKey)]
    [InlineData("/api/v1/students", GatewayApplication.HousingKey)]
    public async Task Is_forbidden_for_other_roles(string path, string apiKey)
    {
        var response = await app.ClientFor(apiKey).GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
