using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Matching;
using Hub.Gateway.Vacancies;

namespace Hub.Gateway.Tests;

public sealed class Posting_a_vacancy(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    internal static object ValidVacancy(string title = "Leerling-installatiemonteur") => new
    {
        title,
        occupationCode = "7126",
        postcode = "8925 ab",
        hoursPerWeek = 32,
        positions = 2,
        closingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)),
        isRecoveryJob = true,
        requiredSkills = new[] { "Technisch inzicht" },
    };

    [Fact]
    public async Task Is_accepted_and_published_once_confirmed()
    {
        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostAsJsonAsync("/api/v1/vacancies", ValidVacancy("Accepted vacancy"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<VacancyAccepted>();
        // The 202 promises an answer: Location is where the command's outcome will be, the body says it is pending.
        Assert.Equal($"/api/v1/commands/{accepted!.CommandId}", response.Headers.Location!.ToString());
        Assert.Equal("pending", accepted.Status);
        var published = app.Harness.Published.Select<VacancyPublished>(m => m.Context.Message.VacancyId == accepted.VacancyId).Single();
        Assert.Equal(accepted.VacancyId, published.Context.MessageId);
        Assert.Equal("8925AB", published.Context.Message.Postcode);
        Assert.Equal(["technisch inzicht"], published.Context.Message.RequiredSkills);
    }

    [Fact]
    public async Task Takes_the_employer_from_the_api_key_never_from_the_body()
    {
        var body = new { employerId = "99999999999999999999", title = "Spoofed employer", occupationCode = "7126", postcode = "8925AB", hoursPerWeek = 20, positions = 1, closingDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(5)) };

        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostAsJsonAsync("/api/v1/vacancies", body);

        var accepted = await response.Content.ReadFromJsonAsync<VacancyAccepted>();
        var published = app.Harness.Published.Select<VacancyPublished>(m => m.Context.Message.VacancyId == accepted!.VacancyId).Single();
        Assert.Equal(GatewayApplication.EmployerId, published.Context.Message.EmployerId);
    }

    [Fact]
    public async Task With_the_same_idempotency_key_keeps_its_vacancy_and_message_id()
    {
        var client = app.ClientFor(GatewayApplication.EmployerKey);
        async Task<Guid> Post()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/vacancies") { Content = JsonContent.Create(ValidVacancy("Idempotent vacancy")) };
            request.Headers.Add("Idempotency-Key", "retry-7f3a");
            var response = await client.SendAsync(request);
            return (await response.Content.ReadFromJsonAsync<VacancyAccepted>())!.VacancyId;
        }

        var first = await Post();
        var second = await Post();

        Assert.Equal(first, second);
        // The harness lists a message id once, so the repeat shows as the same single entry: same message id, same vacancy.
        var published = Assert.Single(app.Harness.Published.Select<VacancyPublished>(m => m.Context.Message.VacancyId == first));
        Assert.Equal(first, published.Context.MessageId);
    }

    [Fact]
    public async Task Is_allowed_for_housing_corporations()
    {
        var response = await app.ClientFor(GatewayApplication.HousingKey).PostAsJsonAsync("/api/v1/vacancies", ValidVacancy("Huismeester"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Can_be_updated_under_its_own_id_with_a_new_message()
    {
        var client = app.ClientFor(GatewayApplication.EmployerKey);
        var created = await (await client.PostAsJsonAsync("/api/v1/vacancies", ValidVacancy("Before the update"))).Content.ReadFromJsonAsync<VacancyAccepted>();
        // Job matching holds it once it has processed it; before that a PUT is a 404 ("not processed yet").
        // Polled, not the harness's Any: under a loaded test run that gives up after its short inactivity timeout.
        await Hub.Testing.Eventually.True(() => Task.FromResult(app.Harness.Consumed.Select<VacancyPublished>(m => m.Context.Message.VacancyId == created!.VacancyId).Any()),
            "job matching processed the vacancy");

        var response = await client.PutAsJsonAsync($"/api/v1/vacancies/{created!.VacancyId}", ValidVacancy("After the update"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var versions = app.Harness.Published.Select<VacancyPublished>(m => m.Context.Message.VacancyId == created.VacancyId).ToList();
        Assert.Equal(["After the update", "Before the update"], versions.Select(v => v.Context.Message.Title).Order(StringComparer.Ordinal));
        Assert.Equal(2, versions.Select(v => v.Context.MessageId).Distinct().Count());
    }
}
