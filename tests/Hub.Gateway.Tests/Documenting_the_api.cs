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
