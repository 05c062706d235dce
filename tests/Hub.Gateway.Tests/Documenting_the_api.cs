using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Hub.Gateway.Tests;

public sealed class Documenting_the_api(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    /// <summary>Which partner may call each operation that takes a body: the example is posted with that partner's key.</summary>
    private static readonly Dictionary<string, string> KeyForOperation = new()
    {
        ["PublishVacancy"] = GatewayApplication.EmployerKey,
        ["UpdateVacancy"] = GatewayApplication.EmployerKey,
        ["ReportPlacement"] = GatewayApplication.EmployerKey,
        ["RegisterJobSeeker"] = GatewayApplication.JobAgencyKey,
        ["WithdrawJobSeeker"] = GatewayApplication.JobAgencyKey,
        ["AnswerProposal"] = GatewayApplication.JobAgencyKey,
        ["RegisterStudent"] = GatewayApplication.SchoolKey,
        ["WithdrawStudent"] = GatewayApplication.SchoolKey,
        ["RaiseSignal"] = GatewayApplication.HousingKey,
        ["AcknowledgeDeliveries"] = GatewayApplication.MunicipalityKey,
        ["ReportSignalOutcome"] = GatewayApplication.MunicipalityKey,
        ["RecordConsent"] = GatewayApplication.MunicipalityKey,
        ["RevokeConsent"] = GatewayApplication.MunicipalityKey,
        ["GetSubjectDisclosures"] = GatewayApplication.MunicipalityKey,
    };

    [Fact]
    public async Task Every_request_body_has_an_example_that_the_gateway_accepts()
    {
        var operations = await OperationsWithBodies();

        Assert.Equal(KeyForOperation.Keys.Order(), operations.Select(o => o.Id).Order());
        foreach (var (id, method, path, example) in operations)
        {
            Assert.True(example is not null, $"{id} has no request example");
            using var request = new HttpRequestMessage(new HttpMethod(method), FillIn(path))
            {
                Content = new StringContent(example!, Encoding.UTF8, "application/json"),
            };
            var response = await app.ClientFor(KeyForOperation[id]).SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{id}: the example got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Documents_where_every_202_tells_what_became_of_the_command()
    {
        var document = await app.ClientFor(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var accepted = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(op => op.Value.TryGetProperty("responses", out var responses) && responses.TryGetProperty("202", out _))
            .Select(op => op.Value.GetProperty("responses").GetProperty("202"))
            .ToList();

        // Every command: the writes with a body (all but subject access, a read sent as a POST) and the vacancy withdrawal.
        Assert.Equal(KeyForOperation.Count - 1 + 1, accepted.Count);
        Assert.All(accepted, response =>
        {
            Assert.Contains("/api/v1/commands/{commandId}", response.GetProperty("headers").GetProperty("Location").GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Contains("wrong-state", response.GetProperty("description").GetString(), StringComparison.Ordinal);
        });
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/commands/{commandId}", out _));
    }

    [Fact]
    public async Task Documents_the_idempotency_key_on_every_post_and_put()
    {
        var document = await app.ClientFor(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var writes = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(op => op.Name is "post" or "put"))
            .ToList();

        Assert.NotEmpty(writes);
        Assert.All(writes, op => Assert.Contains(
            op.Value.GetProperty("parameters").EnumerateArray(),
            p => p.GetProperty("name").GetString() == "Idempotency-Key" && p.GetProperty("in").GetString() == "header"));
    }

    [Fact]
    public async Task Documents_only_the_partner_api_with_its_authentication_introduction_and_every_problem_answer()
    {
        var document = await app.ClientFor(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        Assert.Equal("Hub partner API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.Contains("Idempotency-Key", document.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal(("apiKey", "header", "X-Api-Key"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("in").GetString(), scheme.GetProperty("name").GetString()));
        Assert.True(document.GetProperty("security")[0].TryGetProperty("ApiKey", out _), "every operation needs the API key");
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            Assert.StartsWith("/api/v1/", path.Name, StringComparison.Ordinal);
            foreach (var operation in path.Value.EnumerateObject())
            {
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var responses = operation.Value.GetProperty("responses");
                foreach (var status in new[] { "401", "429" }.Concat(operation.Name is "post" or "put" ? ["409"] : []))
                {
                    Assert.True(responses.TryGetProperty(status, out var problem), $"{name} does not document {status}");
                    Assert.True(problem.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{name}: {status} is not Problem Details");
                    Assert.DoesNotContain(problem.GetProperty("description").GetString(), (string[])["", "Unauthorized", "Conflict", "Not Found", "Too Many Requests"]);
                }
            }
        }
    }

    [Fact]
    public async Task Shows_an_example_of_every_answer_shaped_as_the_gateway_answers()
    {
        var document = await app.ClientFor(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var checkedAnswers = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                foreach (var response in operation.Value.GetProperty("responses").EnumerateObject())
                {
                    var name = $"{operation.Name.ToUpperInvariant()} {path.Name} {response.Name}";
                    foreach (var media in response.Value.TryGetProperty("content", out var content) ? content.EnumerateObject() : Enumerable.Empty<JsonProperty>())
                    {
                        Assert.True(media.Value.TryGetProperty("example", out var example), $"{name} has no example");
                        if (!response.Name.StartsWith('2'))
                        {
                            Assert.Equal(int.Parse(response.Name, System.Globalization.CultureInfo.InvariantCulture), example.GetProperty("status").GetInt32());
                            continue;
                        }
                        // The example has exactly the fields of the schema the gateway answers with.
                        var schema = Resolve(schemas, media.Value.GetProperty("schema"));
                        Assert.Equal(schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(), example.EnumerateObject().Select(p => p.Name).Order());
                        checkedAnswers++;
                    }
                }
            }
        }
        Assert.True(checkedAnswers >= 20, $"only {checkedAnswers} success answers documented");

        // A 400's example names a field the request really has.
        var vacancy = document.GetProperty("paths").GetProperty("/api/v1/vacancies").GetProperty("post");
        var field = vacancy.GetProperty("responses").GetProperty("400").GetProperty("content").GetProperty("application/problem+json")
            .GetProperty("example").GetProperty("errors").EnumerateObject().Single().Name;
        Assert.True(Resolve(schemas, vacancy.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"))
            .GetProperty("properties").TryGetProperty(field, out _), $"the 400 example names {field}, which a vacancy does not have");
    }

    private static JsonElement Resolve(JsonElement schemas, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : schema;

    [Fact]
    public async Task Marks_as_required_exactly_the_fields_the_gateway_refuses_a_request_without()
    {
        var document = await app.ClientFor(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var wrong = new List<string>();
        foreach (var (id, method, path, _) in await OperationsWithBodies())
        {
            var reference = document.GetProperty("paths").GetProperty(path).GetProperty(method.ToLowerInvariant())
                .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
            var schema = schemas.GetProperty(reference.Split('/')[^1]);
            var documented = schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!).Order().ToList() : [];

            using var request = new HttpRequestMessage(new HttpMethod(method), FillIn(path)) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            var response = await app.ClientFor(KeyForOperation[id]).SendAsync(request);
            var refused = response.StatusCode == System.Net.HttpStatusCode.BadRequest
                ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(e => e.Name)
                    .Where(field => !IsOneOfTwo(schema, field)).Order().ToList()
                : [];

            if (!documented.SequenceEqual(refused))
            {
                wrong.Add($"{id} ({reference.Split('/')[^1]}): documented as required [{string.Join(", ", documented)}], refused without [{string.Join(", ", refused)}]");
            }
        }
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    /// <summary>
    /// A field needed unless its alternative is given cannot be marked required: a consent names its recipient organisation
    /// or role (the gateway names the organisation when both are missing).
    /// </summary>
    private static bool IsOneOfTwo(JsonElement schema, string field) =>
        field == "toOrganisation" && schema.GetProperty("properties").TryGetProperty("toRole", out _);

    private async Task<List<(string Id, string Method, string Path, string? Example)>> OperationsWithBodies()
    {
        var document = await app.ClientFor(null).GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = new List<(string, string, string, string?)>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.TryGetProperty("requestBody", out _)))
            {
                var content = operation.Value.GetProperty("requestBody").GetProperty("content");
                var example = content.TryGetProperty("application/json", out var json) && json.TryGetProperty("example", out var value) ? value.GetRawText() : null;
                operations.Add((operation.Value.GetProperty("operationId").GetString()!, operation.Name.ToUpperInvariant(), path.Name, example));
            }
        }
        return operations;
    }

    /// <summary>Route values are ids the caller chose or got earlier; any well-formed one will do.</summary>
    private static string FillIn(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, "{[^}]+}", m => m.Value == "{vacancyId}" ? FakeJobMatching.KnownVacancyId.ToString() : Guid.NewGuid().ToString());
}
