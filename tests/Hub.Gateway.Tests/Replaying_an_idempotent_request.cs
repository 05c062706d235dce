using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hub.Contracts.Matching;
using Hub.Gateway.Idempotency;
using Hub.Gateway.Storage;
using Hub.Gateway.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Gateway.Tests;

public sealed class Replaying_an_idempotent_request(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    private const string Vacancies = "/api/v1/vacancies";

    [Fact]
    public async Task Returns_the_first_answer_and_publishes_nothing_new()
    {
        var body = VacancyJson("Replayed vacancy");
        var publishesBefore = app.PublishAttempts;

        var first = await Send(HttpMethod.Post, Vacancies, body, "replay-1");
        var second = await Send(HttpMethod.Post, Vacancies, body, "replay-1");

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.True(second.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(publishesBefore + 1, app.PublishAttempts);
        var vacancyId = (await first.Content.ReadFromJsonAsync<VacancyAccepted>())!.VacancyId;
        Assert.Single(app.Harness.Published.Select<VacancyPublished>(m => m.Context.Message.VacancyId == vacancyId));
    }

    [Fact]
    public async Task Replays_the_same_json_written_with_other_whitespace_and_property_order()
    {
        var compact = VacancyJson("Written twice, differently");
        var node = System.Text.Json.Nodes.JsonNode.Parse(compact)!.AsObject();
        var reordered = new System.Text.Json.Nodes.JsonObject(node.Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
        var indented = reordered.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var publishesBefore = app.PublishAttempts;

        var first = await Send(HttpMethod.Post, Vacancies, compact, "canonical-1");
        var second = await Send(HttpMethod.Post, Vacancies, indented, "canonical-1");

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.True(second.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(publishesBefore + 1, app.PublishAttempts);
    }

    [Fact]
    public async Task Replays_a_vacancy_update_too()
    {
        var path = $"{Vacancies}/{FakeJobMatching.KnownVacancyId}";
        var body = VacancyJson("Updated twice");
        var publishesBefore = app.PublishAttempts;

        var first = await Send(HttpMethod.Put, path, body, "update-1");
        var second = await Send(HttpMethod.Put, path, body, "update-1");

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(publishesBefore + 1, app.PublishAttempts);
    }

    [Fact]
    public async Task Answers_409_naming_the_header_when_the_key_comes_with_another_body()
    {
        await Send(HttpMethod.Post, Vacancies, VacancyJson("First body"), "reused-1");
        var publishesBefore = app.PublishAttempts;

        var response = await Send(HttpMethod.Post, Vacancies, VacancyJson("Another body"), "reused-1");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(["Idempotency-Key"], await response.ErrorFields());
        Assert.Equal(publishesBefore, app.PublishAttempts);
    }

    [Fact]
    public async Task Does_not_replay_a_failed_attempt()
    {
        var invalid = VacancyJson("x");

        var failed = await Send(HttpMethod.Post, Vacancies, invalid, "failed-1");
        var failedAgain = await Send(HttpMethod.Post, Vacancies, invalid, "failed-1");
        var publishesBefore = app.PublishAttempts;
        var corrected = await Send(HttpMethod.Post, Vacancies, VacancyJson("Corrected vacancy"), "failed-1");

        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
        Assert.Equal(["title"], await failedAgain.ErrorFields());
        Assert.False(failedAgain.Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
        Assert.Equal(HttpStatusCode.Accepted, corrected.StatusCode);
        Assert.Equal(publishesBefore + 1, app.PublishAttempts);
    }

    [Fact]
    public async Task Keeps_the_keys_of_different_partners_apart()
    {
        var employer = await Send(HttpMethod.Post, Vacancies, VacancyJson("Employer vacancy"), "shared-key");
        var housing = await Send(HttpMethod.Post, Vacancies, VacancyJson("Housing vacancy"), "shared-key", GatewayApplication.HousingKey);

        Assert.Equal(HttpStatusCode.Accepted, employer.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, housing.StatusCode);
        Assert.NotEqual(employer.Headers.Location, housing.Headers.Location);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("sleutel-\u00e9\u00e9n")]
    [InlineData("tab\tkey")]
    [InlineData("k-101-characters-long-kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk")]
    public async Task Refuses_a_malformed_key_with_400_naming_the_header(string key)
    {
        var publishesBefore = app.PublishAttempts;

        var response = await Send(HttpMethod.Post, Vacancies, VacancyJson("Valid vacancy, bad key"), key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Idempotency-Key"], await response.ErrorFields());
        Assert.Equal(publishesBefore, app.PublishAttempts);
    }

    [Fact]
    public async Task Answers_409_with_retry_after_while_the_first_attempt_is_still_running()
    {
        var body = VacancyJson("Vacancy in flight");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var hash = scope.ServiceProvider.GetRequiredService<RequestFingerprint>().Of("POST", Vacancies, Encoding.UTF8.GetBytes(body));
            var store = scope.ServiceProvider.GetRequiredService<IdempotencyStore>();
            Assert.Null(await store.ClaimAsync(GatewayApplication.EmployerId, Stored("in-flight-1"), hash, Guid.NewGuid(), CancellationToken.None));
        }
        var publishesBefore = app.PublishAttempts;

        var response = await Send(HttpMethod.Post, Vacancies, body, "in-flight-1");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("1", response.Headers.RetryAfter?.ToString());
        Assert.Equal(["Idempotency-Key"], await response.ErrorFields());
        Assert.Equal(publishesBefore, app.PublishAttempts);
    }

    [Fact]
    public async Task Publishes_once_when_two_identical_requests_race()
    {
        var body = VacancyJson("Raced vacancy");
        var publishesBefore = app.PublishAttempts;

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Send(HttpMethod.Post, Vacancies, body, "raced-1")));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Accepted, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Accepted);
        Assert.Equal(publishesBefore + 1, app.PublishAttempts);
    }

    [Fact]
    public async Task Frees_a_key_whose_first_attempt_was_abandoned()
    {
        await Remember(new IdempotencyRecord
        {
            PartnerId = GatewayApplication.EmployerId, Key = Stored("abandoned-1"), RequestHash = "unknown", AttemptId = Guid.NewGuid(),
            CreatedAt = DateTime.UtcNow.AddMinutes(-5),
        });

        var response = await Send(HttpMethod.Post, Vacancies, VacancyJson("After a crash"), "abandoned-1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Forgets_answers_past_the_retention()
    {
        await Remember(new IdempotencyRecord
        {
            PartnerId = GatewayApplication.EmployerId, Key = Stored("expired-1"), RequestHash = "old", AttemptId = Guid.NewGuid(),
            CreatedAt = DateTime.UtcNow.AddHours(-25), StatusCode = 202, ResponseBody = [],
        });
        await using var scope = app.Services.CreateAsyncScope();

        var purged = await scope.ServiceProvider.GetRequiredService<IdempotencyStore>().PurgeExpiredAsync(CancellationToken.None);

        Assert.True(purged >= 1);
        Assert.False(scope.ServiceProvider.GetRequiredService<GatewayDb>().IdempotencyRecords.Any(r => r.Key == Stored("expired-1")));
    }

    [Fact]
    public async Task Keeps_only_a_keyed_hash_of_the_key_so_personal_data_in_it_is_not_stored()
    {
        const string key = "retry-for-883235912";
        var response = await Send(HttpMethod.Post, Vacancies, VacancyJson("Key with a number"), key);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<GatewayDb>().IdempotencyRecords
            .Where(r => r.PartnerId == GatewayApplication.EmployerId).Select(r => r.Key).ToListAsync();
        Assert.Contains(Stored(key), keys);
        Assert.DoesNotContain(keys, k => k.Contains("883235912", StringComparison.Ordinal));
        // The repeat is still recognised by its hash.
        Assert.True((await Send(HttpMethod.Post, Vacancies, VacancyJson("Key with a number"), key)).Headers.Contains(IdempotencyMiddleware.ReplayedHeader));
    }

    private string Stored(string idempotencyKey) => app.Services.GetRequiredService<RequestFingerprint>().OfKey(idempotencyKey);

    private static string VacancyJson(string title) => JsonSerializer.Serialize(Posting_a_vacancy.ValidVacancy(title), JsonSerializerOptions.Web);

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string json, string key, string apiKey = GatewayApplication.EmployerKey)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await app.ClientFor(apiKey).SendAsync(request);
    }

    private async Task Remember(IdempotencyRecord record)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatewayDb>();
        db.IdempotencyRecords.Add(record);
        await db.SaveChangesAsync();
    }
}
