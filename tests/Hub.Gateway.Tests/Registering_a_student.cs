using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Contracts.Matching;
using Hub.Gateway.JobSeekers;

namespace Hub.Gateway.Tests;

public sealed class Registering_a_student(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    internal static object ValidStudent(string bsn) => new
    {
        bsn,
        postcode = "8921 AA",
        targetOccupations = new[] { "7126" },
        hoursMin = 20,
        hoursMax = 32,
        availableFrom = Today.AddDays(30),
        maxTravelKm = 10,
        hasJobGuarantee = true,
        learnWorkDeadline = Today.AddDays(60),
        consentToShare = true,
    };

    [Fact]
    public async Task Is_published_as_a_student_of_the_school_without_benefits()
    {
        var response = await app.ClientFor(GatewayApplication.SchoolKey).PostJson("/api/v1/students", ValidStudent("178598835"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JobSeekerReceipt>();
        Assert.Equal($"/api/v1/commands/{receipt!.CommandId}", response.Headers.Location!.ToString());
        var published = app.Harness.Published.Select<JobSeekerRegistered>(m => m.Context.Message.SubjectPseudonym == app.HubSubjectOf(GatewayApplication.SchoolId, receipt.SubjectPseudonym)).Single().Context.Message;
        Assert.True(published.IsStudent);
        Assert.True(published.HasJobGuarantee);
        Assert.Equal("none", published.BenefitType);
        Assert.Equal(GatewayApplication.SchoolId, published.JobAgencyId);
        Assert.Equal(Today.AddDays(60), published.LearnWorkDeadline);
        Assert.DoesNotContain("178598835", JsonSerializer.Serialize(published), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_400_naming_bsn_for_a_bsn_that_fails_the_11_check()
    {
        var before = app.Harness.Published.Select<JobSeekerRegistered>().Count();

        var response = await app.ClientFor(GatewayApplication.SchoolKey).PostJson("/api/v1/students", ValidStudent("178598836"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["bsn"], await response.ErrorFields());
        Assert.Equal(before, app.Harness.Published.Select<JobSeekerRegistered>().Count());
    }

    [Theory]
    [InlineData(GatewayApplication.JobAgencyKey)]
    [InlineData(GatewayApplication.EmployerKey)]
    public async Task Is_forbidden_for_other_roles(string apiKey)
    {
        var response = await app.ClientFor(apiKey).PostJson("/api/v1/students", ValidStudent("467279627"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
