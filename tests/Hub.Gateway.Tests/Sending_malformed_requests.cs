using System.Text.Json;
using System.Text.RegularExpressions;
using Hub.Gateway.Tests.BadInputs;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Gateway.Tests;

public sealed partial class Sending_malformed_requests(GatewayApplication app, ITestOutputHelper output) : IClassFixture<GatewayApplication>
{
    private const int Seed = 20260504;
    private const int GeneralDamagePerEndpoint = 60;
    /// <summary>Invalid content (400), a route id that is no id (404), too large (413), not JSON (415): never 401/403/409/429, which would mean the test itself is off.</summary>
    private static readonly int[] ExpectedStatuses = [400, 404, 413, 415];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Answers_every_one_with_4xx_problem_details_and_publishes_nothing()
    {
        var client = app.CreateClient();
        var publishesBefore = app.PublishAttempts;
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var run = 0;

        foreach (var bad in new MalformedRequestGenerator(Seed, Today).Generate(GeneralDamagePerEndpoint))
        {
            using var request = MalformedRequestMessage.From(bad);
            using var response = await client.SendAsync(request);
            run++;
            statuses[(int)response.StatusCode] = statuses.GetValueOrDefault((int)response.StatusCode) + 1;
            if (await ProblemIn(response) is { } problem)
            {
                failures.Add($"{bad.Endpoint} ({bad.Description}{(bad.IdempotencyKey is null ? "" : ", keyed")}{(bad.Accept is null ? "" : ", accepts HTML")}): {problem}");
            }
        }

        output.WriteLine($"{run} malformed requests (seed {Seed}); answers: {string.Join(", ", statuses.Select(s => $"{s.Key} x{s.Value}"))}");
        Assert.True(run >= 1_000, $"only {run} requests were generated");
        Assert.True(failures.Count == 0, $"{failures.Count} of {run} answers were wrong:\n{string.Join('\n', failures.Take(40))}");
        Assert.Equal(publishesBefore, app.PublishAttempts);
        Assert.Empty(app.Harness.Published.Select<object>());
    }

    [Fact]
    public void Covers_every_post_and_put_endpoint_of_the_gateway()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => (method, e.RoutePattern.RawText)))
            .Where(route => route.method is "POST" or "PUT")
            .Select(route => $"{route.method} {RouteValue().Replace(route.RawText!.TrimEnd('/'), "{id}")}");

        var covered = new MalformedRequestGenerator(Seed, Today).Endpoints.Select(e => $"{e.Method.Method} {e.PathTemplate}");

        Assert.Equal(routes.Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
    }

    /// <summary>What is wrong with the answer, or null when it is a 4xx Problem Details as expected.</summary>
    private static async Task<string?> ProblemIn(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (!ExpectedStatuses.Contains(status))
        {
            return $"status {status}: {Shorten(body)}";
        }
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"status {status} with content type {response.Content.Headers.ContentType}: {Shorten(body)}";
        }
        try
        {
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            return root.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.Number && s.GetInt32() == status
                && root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String && title.GetString()!.Length > 0
                ? null
                : $"status {status}, Problem Details without matching status and title: {Shorten(body)}";
        }
        catch (JsonException)
        {
            return $"status {status}, body is not JSON: {Shorten(body)}";
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();
}
