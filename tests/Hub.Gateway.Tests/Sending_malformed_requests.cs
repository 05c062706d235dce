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
            if (await ProblemAnswer.WrongnessOf(response, ExpectedStatuses) is { } problem)
            {
                failures.Add($"{bad.Endpoint} ({bad.Description}{(bad.IdempotencyKey is null ? "" : ", keyed")}{(bad.Accept is null ? "" : ", accepts HTML")}): {problem}");
            }
        }

        output.WriteLine($"{run} malformed requests (seed {Seed}); answers: {string.Join(", ", statuses.Select(s => $"{s.Key} x{s.Value}"))}");
        Assert.True(run >= 1_000, $"only {run} requests were generated");
        Assert.True(failures.Count == 0, $"{failures.Count} of {run} answers were wrong:\n{string.Join('\n', failures.Take(40))}");
        Assert.Equal(publishesBefore, app.PublishAttempts);
        Assert.Empty(app.BusinessMessagesPublished);
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

    [GeneratedRegex(@"\{[^}]+\}")]
    internal static partial Regex RouteValue();
}
