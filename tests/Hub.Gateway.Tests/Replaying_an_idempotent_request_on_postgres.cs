using System.Net;
using System.Text;
using System.Text.Json;
using Hub.Gateway.Idempotency;

namespace Hub.Gateway.Tests;

/// <summary>The same replay rules as <see cref="Replaying_an_idempotent_request"/> (which runs on SQLite), on PostgreSQL.</summary>
public sealed class Replaying_an_idempotent_request_on_postgres(PostgresGateway postgres) : IClassFixture<PostgresGateway>
{
    private const string Vacancies = "/api/v1/vacancies";

    [Fact]
    public async Task Replays_the_first_answer_and_refuses_the_key_with_another_body()
    {
        var body = VacancyJson("Replayed on PostgreSQL");
        var publishesBefore = postgres.App.PublishAttempts;

        var first = await Send(body, "pg-replay-1");
        var second = await Send(body, "pg-replay-1");
        var other = await Send(VacancyJson("Another body"), "pg-replay-1");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.True(second.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Equal(publishesBefore + 1, postgres.App.PublishAttempts);
    }

    [Fact]
    public async Task Publishes_once_when_two_identical_requests_race()
    {
        var body = VacancyJson("Raced on PostgreSQL");
        var publishesBefore = postgres.App.PublishAttempts;

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Send(body, "pg-raced-1")));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Accepted, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(publishesBefore + 1, postgres.App.PublishAttempts);
    }

    private static string VacancyJson(string title) => JsonSerializer.Serialize(Posting_a_vacancy.ValidVacancy(title), JsonSerializerOptions.Web);

    private async Task<HttpResponseMessage> Send(string json, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Vacancies) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await postgres.App.ClientFor(GatewayApplication.EmployerKey).SendAsync(request);
    }
}
