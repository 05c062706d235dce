using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hub.Contracts.Matching;

namespace Hub.Gateway.Tests;

public sealed class Rejecting_bad_input(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"occupationCode":"7126","postcode":"8925AB","hoursPerWeek":32,"positions":1,"closingDate":"2030-01-01"}""", "title" },
        { """{"title":"Job title","occupationCode":"71","postcode":"8925AB","hoursPerWeek":32,"positions":1,"closingDate":"2030-01-01"}""", "occupationCode" },
        { """{"title":"Job title","occupationCode":"7126","postcode":"8925 SS","hoursPerWeek":32,"positions":1,"closingDate":"2030-01-01"}""", "postcode" },
        { """{"title":"Job title","occupationCode":"7126","postcode":"0925AB","hoursPerWeek":32,"positions":1,"closingDate":"2030-01-01"}""", "postcode" },
        { """{"title":"Job title","occupationCode":"7126","postcode":"8925AB","hoursPerWeek":80,"positions":1,"closingDate":"2030-01-01"}""", "hoursPerWeek" },
        { """{"title":"Job title","occupationCode":"7126","postcode":"8925AB","hoursPerWeek":"many","positions":1,"closingDate":"2030-01-01"}""", "hoursPerWeek" },
        { """{"title":"Job title","occupationCode":"7126","postcode":"8925AB","hoursPerWeek":32,"positions":0,"closingDate":"2030-01-01"}""", "positions" },
        { """{"title":"Job title","occupationCode":"7126","postcode":"8925AB","hoursPerWeek":32,"positions":1,"closingDate":"2001-01-01"}""", "closingDate" },
        { """{"title":"Job title","occupationCode":"7126","postcode":"8925AB","hoursPerWeek":32,"positions":1,"closingDate":"next week"}""", "closingDate" },
        { """{"title":"Job title","occupationCode":"7126","postcode":"8925AB","hoursPerWeek":32,"positions":1,"closingDate":"2030-01-01","requiredSkills":["ok","<script>"]}""", "requiredSkills[1]" },
        { """{"title":"Job title", "occupationCode":""", "occupationCode" },
        { "this is not json", "$" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Answers_400_naming_the_field_and_publishes_nothing(string body, string field)
    {
        var publishedBefore = app.Harness.Published.Select<VacancyPublished>().Count();

        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostAsync("/api/v1/vacancies", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error for '{field}' in {problem}");
        Assert.Equal(publishedBefore, app.Harness.Published.Select<VacancyPublished>().Count());
    }

    [Fact]
    public async Task Refuses_oversized_bodies_with_413()
    {
        var huge = $$"""{"title":"{{new string('x', 200_000)}}"}""";

        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostAsync("/api/v1/vacancies", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
