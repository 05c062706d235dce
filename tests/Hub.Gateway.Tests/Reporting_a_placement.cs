using System.Net;
using Hub.Contracts.Matching;

namespace Hub.Gateway.Tests;

public sealed class Reporting_a_placement(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static string PathFor(Guid proposalId) => $"/api/v1/proposals/{proposalId}/placement";

    private PlacementReported? PublishedFor(Guid proposalId) =>
        app.Harness.Published.Select<PlacementReported>(m => m.Context.Message.ProposalId == proposalId).SingleOrDefault()?.Context.Message;

    [Fact]
    public async Task Is_published_with_the_employer_from_the_api_key()
    {
        var proposalId = Guid.NewGuid();

        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostJson(PathFor(proposalId), new { hired = true, startDate = Today.AddDays(14), employerId = "99999999999999999999" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var placement = PublishedFor(proposalId)!;
        Assert.True(placement.Hired);
        Assert.Equal(Today.AddDays(14), placement.StartDate);
        Assert.Equal(GatewayApplication.EmployerId, placement.EmployerId);
    }

    [Theory]
    [InlineData(GatewayApplication.JobAgencyKey)]
    [InlineData(GatewayApplication.SchoolKey)]
    public async Task Is_forbidden_for_a_job_agency_or_school(string apiKey)
    {
        var proposalId = Guid.NewGuid();

        var response = await app.ClientFor(apiKey).PostJson(PathFor(proposalId), new { hired = true });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(PublishedFor(proposalId));
    }

    [Fact]
    public async Task Refuses_a_start_date_without_a_hire()
    {
        var proposalId = Guid.NewGuid();

        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostJson(PathFor(proposalId), new { hired = false, startDate = Today });

        Assert.Equal(["startDate"], await response.ErrorFields());
        Assert.Null(PublishedFor(proposalId));
    }

    [Fact]
    public async Task Refuses_a_report_that_does_not_say_whether_the_seeker_was_hired()
    {
        var response = await app.ClientFor(GatewayApplication.HousingKey).PostJson(PathFor(Guid.NewGuid()), new { });

        Assert.Equal(["hired"], await response.ErrorFields());
    }
}
