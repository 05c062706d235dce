using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Matching;

namespace Hub.Gateway.Tests;

public sealed class Reading_proposals(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    private const string Subject = "ps-0123456789abcdef0123456789abcdef";

    private string AgencysOwn => app.OwnPseudonymOf(GatewayApplication.JobAgencyId, Subject);

    [Fact]
    public async Task A_vacancy_owner_reads_the_ranked_proposals_with_reasons()
    {
        var response = await app.ClientFor(GatewayApplication.EmployerKey).GetAsync($"/api/v1/vacancies/{FakeJobMatching.KnownVacancyId}/proposals");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var proposals = await response.Content.ReadFromJsonAsync<VacancyProposals>();
        var proposal = Assert.Single(proposals!.Proposals);
        Assert.Equal(FakeJobMatching.KnownProposalId, proposal.ProposalId);
        Assert.NotEmpty(proposal.Reasons);
    }

    [Fact]
    public async Task A_vacancy_owner_sees_its_own_pseudonym_per_candidate_never_the_hub_wide_one()
    {
        var employer = app.ClientFor(GatewayApplication.EmployerKey);

        var first = await employer.GetFromJsonAsync<VacancyProposals>($"/api/v1/vacancies/{FakeJobMatching.KnownVacancyId}/proposals");
        var second = await employer.GetFromJsonAsync<VacancyProposals>($"/api/v1/vacancies/{FakeJobMatching.KnownVacancyId}/proposals");

        var seen = Assert.Single(first!.Proposals).SubjectPseudonym;
        Assert.Matches("^pr-[0-9a-f]{32}$", seen);
        Assert.NotEqual(FakeJobMatching.HubWideSubject, seen);
        Assert.Equal(seen, Assert.Single(second!.Proposals).SubjectPseudonym);
    }

    [Fact]
    public async Task Another_partners_vacancy_is_not_found()
    {
        var response = await app.ClientFor(GatewayApplication.HousingKey).GetAsync($"/api/v1/vacancies/{FakeJobMatching.KnownVacancyId}/proposals");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_job_agency_may_not_read_a_vacancys_proposals()
    {
        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).GetAsync($"/api/v1/vacancies/{FakeJobMatching.KnownVacancyId}/proposals");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_job_agency_reads_its_job_seekers_proposals_as_itself_under_its_own_pseudonym()
    {
        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).GetAsync($"/api/v1/job-seekers/{AgencysOwn}/proposals");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Subject, body, StringComparison.Ordinal);
        var proposals = System.Text.Json.JsonSerializer.Deserialize<JobSeekerProposals>(body, System.Text.Json.JsonSerializerOptions.Web);
        Assert.Equal(AgencysOwn, proposals!.SubjectPseudonym);
        Assert.Equal(AgencysOwn, Assert.Single(proposals.Proposals).SubjectPseudonym);
        var request = app.Harness.Published.Select<GetJobSeekerProposals>(m => m.Context.Message.SubjectPseudonym == Subject).Last().Context.Message;
        Assert.Equal(GatewayApplication.JobAgencyId, request.RequestedBy);
    }

    [Fact]
    public async Task The_hub_wide_pseudonym_is_refused_as_a_path()
    {
        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).GetAsync($"/api/v1/job-seekers/{Subject}/proposals");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["subjectPseudonym"], await response.ErrorFields());
    }

    [Fact]
    public async Task Another_partners_pseudonym_names_nobody_the_reader_holds()
    {
        var schools = app.OwnPseudonymOf(GatewayApplication.SchoolId, Subject);

        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).GetAsync($"/api/v1/job-seekers/{schools}/proposals");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Read under the agency's key, the school's pseudonym turns into a Hub pseudonym nobody has, never the student's.
        var asked = app.HubSubjectOf(GatewayApplication.JobAgencyId, schools);
        Assert.NotEqual(Subject, asked);
        Assert.Contains(app.Harness.Published.Select<GetJobSeekerProposals>(), m => m.Context.Message.SubjectPseudonym == asked);
    }

    [Fact]
    public async Task A_school_reads_its_students_proposals_as_itself()
    {
        var response = await app.ClientFor(GatewayApplication.SchoolKey).GetAsync($"/api/v1/students/{app.OwnPseudonymOf(GatewayApplication.SchoolId, Subject)}/proposals");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<JobSeekerProposals>())!.Proposals);
        Assert.Contains(app.Harness.Published.Select<GetJobSeekerProposals>(), m => m.Context.Message.RequestedBy == GatewayApplication.SchoolId);
    }

    [Fact]
    public async Task A_bsn_in_the_path_is_refused_without_being_repeated_or_passed_on()
    {
        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).GetAsync("/api/v1/job-seekers/111222333/proposals");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["subjectPseudonym"], await response.ErrorFields());
        Assert.DoesNotContain("111222333", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Harness.Published.Select<GetJobSeekerProposals>(), m => m.Context.Message.SubjectPseudonym == "111222333");
    }

    [Fact]
    public async Task An_employer_may_not_read_a_job_seekers_proposals()
    {
        var response = await app.ClientFor(GatewayApplication.EmployerKey).GetAsync($"/api/v1/job-seekers/{AgencysOwn}/proposals");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
