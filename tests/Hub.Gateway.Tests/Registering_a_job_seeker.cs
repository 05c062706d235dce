using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Contracts.Matching;
using Hub.Gateway.JobSeekers;
using Hub.Pseudonymisation;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Gateway.Tests;

public sealed class Registering_a_job_seeker(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    internal static JsonObject ValidJobSeeker(string bsn) => new()
    {
        ["bsn"] = bsn,
        ["postcode"] = "8924 ab",
        ["targetOccupations"] = new JsonArray("7126", "9112"),
        ["skills"] = new JsonArray("Technisch inzicht"),
        ["languages"] = new JsonArray("Nederlands B1"),
        ["licences"] = new JsonArray("B"),
        ["hoursMin"] = 24,
        ["hoursMax"] = 36,
        ["availableFrom"] = Today.AddDays(7).ToString("O"),
        ["maxTravelKm"] = 15,
        ["educationLevel"] = "mbo-2",
        ["benefitType"] = "bijstand",
        ["benefitSince"] = Today.AddYears(-2).ToString("O"),
        ["consentToShare"] = true,
    };

    private Task<HttpResponseMessage> Register(JsonObject body, string apiKey = GatewayApplication.JobAgencyKey, string? idempotencyKey = null) =>
        app.ClientFor(apiKey).PostJson("/api/v1/job-seekers", body, idempotencyKey);

    /// <summary>What was published for the job seeker the agency knows under <paramref name="ownPseudonym"/>.</summary>
    private IEnumerable<JobSeekerRegistered> PublishedFor(string ownPseudonym)
    {
        var subject = app.HubSubjectOf(GatewayApplication.JobAgencyId, ownPseudonym);
        return app.Harness.Published.Select<JobSeekerRegistered>(m => m.Context.Message.SubjectPseudonym == subject).Select(m => m.Context.Message);
    }

    [Fact]
    public async Task Is_accepted_and_published_under_a_pseudonym_without_the_bsn()
    {
        var response = await Register(ValidJobSeeker("725763863"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("725763863", body, StringComparison.Ordinal);
        var receipt = JsonSerializer.Deserialize<JobSeekerReceipt>(body, JsonSerializerOptions.Web)!;
        Assert.True(Pseudonymiser.IsRecipientPseudonym(receipt.SubjectPseudonym));
        Assert.Equal($"/api/v1/commands/{receipt.CommandId}", response.Headers.Location!.ToString());

        var published = Assert.Single(PublishedFor(receipt.SubjectPseudonym));
        Assert.DoesNotContain("725763863", JsonSerializer.Serialize(published), StringComparison.Ordinal);
        Assert.Equal(GatewayApplication.JobAgencyId, published.JobAgencyId);
        Assert.Equal("8924AB", published.Postcode);
        Assert.Equal("bijstand", published.BenefitType);
        Assert.Equal(["technisch inzicht"], published.Skills);
        Assert.Equal(["nederlands b1"], published.Languages);
        Assert.True(published.ConsentToShare);
        Assert.False(published.IsStudent);
    }

    [Fact]
    public async Task Gives_the_same_bsn_the_same_pseudonym_and_another_bsn_another()
    {
        var first = await (await Register(ValidJobSeeker("162275869"))).Content.ReadFromJsonAsync<JobSeekerReceipt>();
        var update = ValidJobSeeker("162275869");
        update["postcode"] = "8923 CD";
        var second = await (await Register(update)).Content.ReadFromJsonAsync<JobSeekerReceipt>();
        var other = await (await Register(ValidJobSeeker("192285142"))).Content.ReadFromJsonAsync<JobSeekerReceipt>();

        Assert.Equal(first!.SubjectPseudonym, second!.SubjectPseudonym);
        Assert.NotEqual(first.SubjectPseudonym, other!.SubjectPseudonym);
    }

    [Fact]
    public async Task Answers_the_agencys_own_pseudonym_never_the_hub_wide_one_that_travels_on_the_bus()
    {
        var agency = await (await Register(ValidJobSeeker("361804453"))).Content.ReadFromJsonAsync<JobSeekerReceipt>();
        var school = await (await app.ClientFor(GatewayApplication.SchoolKey).PostJson("/api/v1/students", Registering_a_student.ValidStudent("361804453"))).Content.ReadFromJsonAsync<JobSeekerReceipt>();

        var hubWide = app.Services.GetRequiredService<Pseudonymiser>().SubjectOf("361804453");
        Assert.NotEqual(hubWide, agency!.SubjectPseudonym);
        Assert.DoesNotContain(hubWide[Pseudonymiser.Prefix.Length..], agency.SubjectPseudonym, StringComparison.Ordinal);
        // Two partners holding the same resident cannot join their lists on the pseudonym.
        Assert.NotEqual(agency.SubjectPseudonym, school!.SubjectPseudonym);
        Assert.Equal(hubWide, Assert.Single(PublishedFor(agency.SubjectPseudonym), m => m.JobAgencyId == GatewayApplication.JobAgencyId).SubjectPseudonym);
    }

    [Fact]
    public async Task Takes_the_job_agency_from_the_api_key_never_from_the_body()
    {
        var body = ValidJobSeeker("691682483");
        body["jobAgencyId"] = "99999999999999999999";

        var receipt = await (await Register(body)).Content.ReadFromJsonAsync<JobSeekerReceipt>();

        Assert.Equal(GatewayApplication.JobAgencyId, Assert.Single(PublishedFor(receipt!.SubjectPseudonym)).JobAgencyId);
    }

    [Fact]
    public async Task Keeps_its_message_id_when_retried_with_the_same_idempotency_key()
    {
        var original = await Register(ValidJobSeeker("987825707"), idempotencyKey: "seeker-retry-1");
        var retry = await (await Register(ValidJobSeeker("987825707"), idempotencyKey: "seeker-retry-1")).Content.ReadFromJsonAsync<JobSeekerReceipt>();
        var other = await Register(ValidJobSeeker("688136138"), idempotencyKey: "seeker-retry-1");

        Assert.Equal(HttpStatusCode.Accepted, original.StatusCode);
        // The harness records a message id once: two ids would show up as two entries.
        Assert.Single(PublishedFor(retry!.SubjectPseudonym));
        // The same key for another job seeker is another request: refused, not published.
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
    }

    public static TheoryData<string, string?, string> BadFields => new()
    {
        { "bsn", "\"123456789\"", "bsn" },
        { "bsn", "\"000000000\"", "bsn" },
        { "bsn", "\"1112.22.333\"", "bsn" },
        { "bsn", "111222333", "bsn" },
        { "bsn", null, "bsn" },
        { "postcode", "\"8924\"", "postcode" },
        { "targetOccupations", "[]", "targetOccupations" },
        { "targetOccupations", "[\"71\"]", "targetOccupations[0]" },
        { "skills", "[\"<script>\"]", "skills[0]" },
        { "hoursMin", "0", "hoursMin" },
        { "hoursMax", "20", "hoursMax" },
        { "hoursMax", "49", "hoursMax" },
        { "hoursMax", "\"many\"", "hoursMax" },
        { "availableFrom", "\"soon\"", "availableFrom" },
        { "maxTravelKm", "201", "maxTravelKm" },
        { "maxTravelKm", "-1", "maxTravelKm" },
        { "benefitType", "\"uitkering\"", "benefitType" },
        { "benefitType", null, "benefitType" },
        { "consentToShare", null, "consentToShare" },
        { "educationLevel", "\"<b>mbo</b>\"", "educationLevel" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Answers_400_naming_the_field_and_publishes_nothing(string property, string? json, string field)
    {
        var body = ValidJobSeeker("864623112");
        body.Remove(property);
        if (json is not null)
        {
            body[property] = JsonNode.Parse(json);
        }
        var before = app.Harness.Published.Select<JobSeekerRegistered>().Count();

        var response = await app.ClientFor(GatewayApplication.JobAgencyKey).PostAsync("/api/v1/job-seekers", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ErrorFields());
        Assert.Equal(before, app.Harness.Published.Select<JobSeekerRegistered>().Count());
    }

    [Fact]
    public async Task Rejects_a_bsn_that_fails_the_11_check_without_repeating_it()
    {
        var response = await Register(ValidJobSeeker("123456789"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["bsn"], await response.ErrorFields());
        Assert.DoesNotContain("123456789", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_400_when_the_benefit_start_date_comes_without_a_benefit()
    {
        var body = ValidJobSeeker("321146487");
        body["benefitType"] = "none";

        var response = await Register(body);

        Assert.Equal(["benefitSince"], await response.ErrorFields());
    }

    [Theory]
    [InlineData(GatewayApplication.EmployerKey)]
    [InlineData(GatewayApplication.HousingKey)]
    [InlineData(GatewayApplication.SchoolKey)]
    [InlineData(GatewayApplication.PoliceKey)]
    [InlineData(GatewayApplication.MunicipalityKey)]
    public async Task Is_forbidden_for_every_role_but_the_job_agency(string apiKey)
    {
        var before = app.Harness.Published.Select<JobSeekerRegistered>().Count();

        var response = await Register(ValidJobSeeker("187891151"), apiKey);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, app.Harness.Published.Select<JobSeekerRegistered>().Count());
    }
}
