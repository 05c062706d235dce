using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Contracts.Signals;
using Hub.Gateway.Signals;
using Hub.Pseudonymisation;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Gateway.Tests;

public sealed class Recording_consents(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static JsonObject YouthCareConsent(string bsn) => new()
    {
        ["bsn"] = bsn,
        ["categories"] = new JsonArray("youth-nuisance", "school-absence"),
        ["toRole"] = "municipality",
        ["purpose"] = "youth-care",
        ["validUntil"] = Today.AddYears(1).ToString("O"),
    };

    private string SubjectOf(string bsn) => app.Services.GetRequiredService<Pseudonymiser>().SubjectOf(bsn);

    [Fact]
    public async Task Is_published_under_the_pseudonym_by_the_municipality()
    {
        var before = DateTime.UtcNow;

        var response = await app.ClientFor(GatewayApplication.MunicipalityKey).PostJson("/api/v1/consents", YouthCareConsent("637337670"), "consent-1");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("637337670", text, StringComparison.Ordinal);
        var receipt = JsonSerializer.Deserialize<ConsentReceipt>(text, JsonSerializerOptions.Web)!;
        var consent = Assert.Single(app.Harness.Published.Select<ConsentRecorded>(m => m.Context.Message.ConsentId == receipt.ConsentId)).Context.Message;
        Assert.DoesNotContain("637337670", JsonSerializer.Serialize(consent), StringComparison.Ordinal);
        Assert.Equal(SubjectOf("637337670"), consent.SubjectPseudonym);
        Assert.Equal(["youth-nuisance", "school-absence"], consent.Categories);
        Assert.Equal("municipality", consent.ToRole);
        Assert.Null(consent.ToOrganisation);
        Assert.Equal("youth-care", consent.Purpose);
        Assert.Equal(GatewayApplication.MunicipalityId, consent.RecordedBy);
        Assert.Equal("municipality", consent.RecordedByRole);
        // Without a first day it counts from now; the last day counts in full.
        Assert.InRange(consent.ValidFrom, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(Today.AddYears(1).AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), consent.ValidUntil);
    }

    [Fact]
    public async Task Passes_on_a_revocation_under_the_pseudonym()
    {
        var consentId = Guid.NewGuid();

        var response = await app.ClientFor(GatewayApplication.MunicipalityKey)
            .PostJson("/api/v1/consents/revocations", new { bsn = "250591960", consentId });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var revoked = Assert.Single(app.Harness.Published.Select<ConsentRevoked>(m => m.Context.Message.ConsentId == consentId)).Context.Message;
        Assert.DoesNotContain("250591960", JsonSerializer.Serialize(revoked), StringComparison.Ordinal);
        Assert.Equal(SubjectOf("250591960"), revoked.SubjectPseudonym);
        Assert.Equal(GatewayApplication.MunicipalityId, revoked.RevokedBy);
    }

    public static TheoryData<string, string?, string> BadFields => new()
    {
        { "bsn", "\"123456789\"", "bsn" },
        { "bsn", null, "bsn" },
        { "categories", "[]", "categories" },
        { "categories", "[\"rent\"]", "categories[0]" },
        { "toRole", null, "toOrganisation" },
        { "toRole", "\"mayor\"", "toRole" },
        { "toOrganisation", "\"00000001001608755000\"", "toRole" },
        { "fromOrganisation", "\"Elkien\"", "fromOrganisation" },
        { "purpose", null, "purpose" },
        { "purpose", "\"Youth Care!\"", "purpose" },
        { "validUntil", null, "validUntil" },
        { "validUntil", "\"2001-01-01\"", "validUntil" },
        { "validUntil", "\"2099-01-01\"", "validUntil" },
        { "validFrom", "\"2001-01-01\"", "validFrom" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Answers_400_naming_the_field_and_publishes_nothing(string property, string? json, string field)
    {
        var body = YouthCareConsent("314202699");
        body.Remove(property);
        if (json is not null)
        {
            body[property] = JsonNode.Parse(json);
        }
        var before = app.Harness.Published.Select<ConsentRecorded>().Count();

        var response = await app.ClientFor(GatewayApplication.MunicipalityKey)
            .PostAsync("/api/v1/consents", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ErrorFields());
        Assert.Equal(before, app.Harness.Published.Select<ConsentRecorded>().Count());
    }

    [Fact]
    public async Task Rejects_an_invalid_bsn_in_a_revocation_without_repeating_it()
    {
        var response = await app.ClientFor(GatewayApplication.MunicipalityKey).PostJson("/api/v1/consents/revocations", new { bsn = "123456789" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["bsn"], await response.ErrorFields());
        Assert.DoesNotContain("123456789", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GatewayApplication.EmployerKey)]
    [InlineData(GatewayApplication.HousingKey)]
    [InlineData(GatewayApplication.SchoolKey)]
    [InlineData(GatewayApplication.PoliceKey)]
    [InlineData(GatewayApplication.JobAgencyKey)]
    public async Task Consents_and_subject_access_are_forbidden_for_every_role_but_the_municipality(string apiKey)
    {
        var client = app.ClientFor(apiKey);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJson("/api/v1/consents", YouthCareConsent("862347816"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJson("/api/v1/consents/revocations", new { bsn = "862347816" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostJson("/api/v1/subject-access", new { bsn = "862347816" })).StatusCode);
    }

    [Fact]
    public async Task Subject_access_looks_the_resident_up_by_pseudonym()
    {
        var response = await app.ClientFor(GatewayApplication.MunicipalityKey).PostJson("/api/v1/subject-access", new { bsn = "552619292" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var disclosures = await response.Content.ReadFromJsonAsync<Signals.SubjectDisclosures>();
        // The municipality sees its own pseudonym for the resident; the Hub-wide one stays inside the Hub.
        Assert.Equal(app.OwnPseudonymOf(GatewayApplication.MunicipalityId, SubjectOf("552619292")), disclosures!.SubjectPseudonym);
        Assert.Equal("wgs-debt-help", Assert.Single(disclosures.Disclosures).Basis);
        var asked = app.Harness.Consumed.Select<GetSubjectDisclosures>(m => m.Context.Message.SubjectPseudonym == SubjectOf("552619292")).Single().Context.Message;
        Assert.Equal(GatewayApplication.MunicipalityId, asked.RequestedBy);
        Assert.Equal("municipality", asked.RequestedByRole);
    }

    [Fact]
    public async Task Subject_access_answers_403_when_the_signals_service_refuses()
    {
        var response = await app.ClientFor(GatewayApplication.MunicipalityKey).PostJson("/api/v1/subject-access", new { bsn = FakeSignals.RefusedBsn });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(FakeSignals.RefusedBsn, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subject_access_rejects_an_invalid_bsn()
    {
        var response = await app.ClientFor(GatewayApplication.MunicipalityKey).PostJson("/api/v1/subject-access", new { bsn = "123456789" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["bsn"], await response.ErrorFields());
    }

    [Fact]
    public void Requests_print_without_their_bsn()
    {
        Assert.DoesNotContain("637337670", new ConsentRequest { Bsn = "637337670" }.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("637337670", new ConsentRevocationRequest { Bsn = "637337670" }.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("637337670", new SubjectAccessRequest { Bsn = "637337670" }.ToString(), StringComparison.Ordinal);
    }
}
