using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Contracts.Matching;

namespace Hub.Gateway.Tests;

/// <summary>
/// A BSN has one way into the Hub, the bsn field, where the edge replaces it with a pseudonym. Typed into any free-text
/// field (a title, a skill, a licence) it is refused with the field named, stored nowhere and published nowhere.
/// </summary>
public sealed class Refusing_a_bsn_in_free_text(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    private const string Bsn = "883235912";

    public static TheoryData<string, string> VacancyFields() => new()
    {
        { "title", $"Monteur {Bsn}" },
        { "title", "Monteur 8832.35.912" },
        { "requiredSkills", Bsn },
        { "niceToHaveSkills", $"lassen {Bsn}" },
        { "requiredLicences", "883 235 912" },
    };

    [Theory]
    [MemberData(nameof(VacancyFields))]
    public async Task In_a_vacancy_is_refused_and_nothing_is_published(string field, string text)
    {
        var vacancy = JsonSerializer.SerializeToNode(Posting_a_vacancy.ValidVacancy("placeholder"))!.AsObject();
        vacancy[field] = field == "title" ? text : new JsonArray(text);
        var publishedBefore = app.Harness.Published.Select<VacancyPublished>().Count();

        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostJson("/api/v1/vacancies", vacancy);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fieldAtFault = field == "title" ? "title" : $"{field}[0]";
        Assert.Contains(fieldAtFault, await response.ErrorFields());
        Assert.DoesNotContain(Bsn, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(publishedBefore, app.Harness.Published.Select<VacancyPublished>().Count());
    }

    [Theory]
    [InlineData("skills")]
    [InlineData("languages")]
    [InlineData("licences")]
    public async Task In_a_job_seekers_terms_is_refused(string field)
    {
        var seeker = Registering_a_job_seeker.ValidJobSeeker("725763863");
        seeker[field] = new JsonArray($"heftruck {Bsn}");

        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).PostJson("/api/v1/job-seekers", seeker);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"{field}[0]", await response.ErrorFields());
    }

    [Fact]
    public async Task A_number_that_fails_the_eleven_check_is_an_ordinary_number()
    {
        var vacancy = JsonSerializer.SerializeToNode(Posting_a_vacancy.ValidVacancy("Monteur vacature 883235913"))!.AsObject();

        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostJson("/api/v1/vacancies", vacancy);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
