using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Matching;
using Hub.Gateway.Publishing;
using Hub.Gateway.Vacancies;

namespace Hub.Gateway.Tests;

/// <summary>PUT replaces a vacancy the caller holds; it never creates one, so no partner takes an id in another's space.</summary>
public sealed class Replacing_a_vacancy(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Fact]
    public async Task Of_its_own_is_accepted_and_published_with_the_employer_from_the_api_key()
    {
        var response = await Put(GatewayApplication.EmployerKey, FakeJobMatching.KnownVacancyId, "own-update-1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var published = Assert.Single(app.Harness.Published.Select<VacancyPublished>(m =>
            m.Context.Message.VacancyId == FakeJobMatching.KnownVacancyId && m.Context.Message.Title == "Replaced own-update-1"));
        Assert.Equal(GatewayApplication.EmployerId, published.Context.Message.EmployerId);
    }

    [Fact]
    public async Task With_an_id_the_partner_does_not_hold_is_404_and_creates_nothing()
    {
        var vacancyId = Guid.CreateVersion7();

        var response = await Put(GatewayApplication.EmployerKey, vacancyId, "squat-1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(app.Harness.Published.Select<VacancyPublished>(), m => m.Context.Message.VacancyId == vacancyId);
    }

    [Fact]
    public async Task Of_another_partners_vacancy_is_404_and_publishes_nothing()
    {
        var response = await Put(GatewayApplication.HousingKey, FakeJobMatching.KnownVacancyId, "takeover-1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(app.Harness.Published.Select<VacancyPublished>(), m => m.Context.Message.Title == "Replaced takeover-1");
    }

    [Fact]
    public async Task At_the_id_another_partners_idempotency_key_leads_to_is_404_so_the_owners_post_still_creates_it()
    {
        // The squatter knows (or guesses) the employer's next Idempotency-Key and the id scheme.
        var ownersId = IdempotentIds.For(GatewayApplication.EmployerId, "employer-next-key", "vacancy");

        var squat = await Put(GatewayApplication.HousingKey, ownersId, "squat-2");
        var owners = await app.ClientFor(GatewayApplication.EmployerKey).PostJson("/api/v1/vacancies", Posting_a_vacancy.ValidVacancy("Owner's vacancy"), "employer-next-key");

        Assert.Equal(HttpStatusCode.NotFound, squat.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, owners.StatusCode);
        Assert.Equal(ownersId, (await owners.Content.ReadFromJsonAsync<VacancyAccepted>())!.VacancyId);
        var published = Assert.Single(app.Harness.Published.Select<VacancyPublished>(m => m.Context.Message.VacancyId == ownersId));
        Assert.Equal(GatewayApplication.EmployerId, published.Context.Message.EmployerId);
    }

    private async Task<HttpResponseMessage> Put(string apiKey, Guid vacancyId, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/vacancies/{vacancyId}")
        {
            Content = JsonContent.Create(Posting_a_vacancy.ValidVacancy($"Replaced {key}"), options: System.Text.Json.JsonSerializerOptions.Web),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await app.ClientFor(apiKey).SendAsync(request);
    }
}
