using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Contracts.Signals;
using Hub.Gateway.Publishing;
using Hub.Gateway.Signals;
using Hub.Pseudonymisation;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Gateway.Tests;

public sealed class Raising_a_signal(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    internal static JsonObject RentArrears(string bsn) => new()
    {
        ["bsn"] = bsn,
        ["category"] = "rent-arrears",
        ["details"] = new JsonObject { ["amount"] = " 1250.00 ", ["since"] = "2026-03-01", ["reminders-sent"] = "2" },
        ["occurredOn"] = Today.AddDays(-3).ToString("O"),
    };

    private string SubjectOf(string bsn) => app.Services.GetRequiredService<Pseudonymiser>().SubjectOf(bsn);

    private IEnumerable<SignalRaised> Published(Guid signalId) =>
        app.Harness.Published.Select<SignalRaised>(m => m.Context.Message.SignalId == signalId).Select(m => m.Context.Message);

    [Fact]
    public async Task Is_accepted_and_published_under_pseudonyms_without_the_bsn()
    {
        var body = RentArrears("637337670");
        body["householdBsn"] = "250591960";
        body["raisedBy"] = "99999999999999999999";

        var response = await app.ClientFor(GatewayApplication.HousingKey).PostJson("/api/v1/signals", body);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("637337670", text, StringComparison.Ordinal);
        var receipt = JsonSerializer.Deserialize<SignalReceipt>(text, JsonSerializerOptions.Web)!;
        Assert.Equal($"/api/v1/commands/{receipt.CommandId}", response.Headers.Location!.ToString());

        var published = Assert.Single(Published(receipt.SignalId));
        var serialised = JsonSerializer.Serialize(published);
        Assert.DoesNotContain("637337670", serialised, StringComparison.Ordinal);
        Assert.DoesNotContain("250591960", serialised, StringComparison.Ordinal);
        Assert.Equal(SubjectOf("637337670"), published.SubjectPseudonym);
        Assert.Equal(SubjectOf("250591960"), published.HouseholdPseudonym);
        Assert.Equal("rent-arrears", published.Category);
        Assert.Equal(GatewayApplication.HousingId, published.RaisedBy);
        Assert.Equal("housing-corporation", published.RaisedByRole);
        // The partner's own (single) area when the body names none.
        Assert.Equal(GatewayApplication.MunicipalityArea, published.AreaId);
        Assert.Equal("1250.00", published.Details["amount"]);
        Assert.Equal(["amount", "reminders-sent", "since"], published.Details.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Today.AddDays(-3), published.OccurredOn);
    }

    [Fact]
    public async Task Derives_the_signal_id_from_the_idempotency_key()
    {
        var client = app.ClientFor(GatewayApplication.PoliceKey);
        var body = new JsonObject
        {
            ["bsn"] = "552619292",
            ["category"] = "youth-nuisance",
            ["details"] = new JsonObject { ["incident-date"] = Today.ToString("O"), ["incident-code"] = "B34" },
            ["occurredOn"] = Today.ToString("O"),
        };

        var first = await (await client.PostJson("/api/v1/signals", body, "signal-key-1")).Content.ReadFromJsonAsync<SignalReceipt>();
        var retry = await client.PostJson("/api/v1/signals", body, "signal-key-1");

        Assert.Equal(IdempotentIds.For(GatewayApplication.PoliceId, "signal-key-1", "signal"), first!.SignalId);
        Assert.Equal(first.SignalId, (await retry.Content.ReadFromJsonAsync<SignalReceipt>())!.SignalId);
        Assert.Equal("police", Assert.Single(Published(first.SignalId)).RaisedByRole);
    }

    public static TheoryData<string, string?, string> BadFields => new()
    {
        { "bsn", "\"123456789\"", "bsn" },
        { "bsn", "\"1112.22.333\"", "bsn" },
        { "bsn", null, "bsn" },
        { "householdBsn", "\"12345678\"", "householdBsn" },
        { "category", "\"rent\"", "category" },
        { "category", null, "category" },
        { "details", """{"since":"1112.22.333"}""", "details.since" },
        { "details", """{"amount":"BSN 111 222 333 owes"}""", "details.amount" },
        { "details", """{"amount":"x\u0000y"}""", "details.amount" },
        { "details", $$"""{"amount":"{{new string('9', 201)}}"}""", "details.amount" },
        { "details", """{"amount":null}""", "details.amount" },
        { "details", """{"Amount!":"12"}""", "details" },
        { "details", """{"amount":12}""", "details.amount" },
        { "occurredOn", null, "occurredOn" },
        { "occurredOn", "\"2099-01-01\"", "occurredOn" },
        { "occurredOn", "\"2001-01-01\"", "occurredOn" },
        { "areaId", "\"amsterdam-zuid\"", "areaId" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Answers_400_naming_the_field_and_publishes_nothing(string property, string? json, string field)
    {
        var body = RentArrears("314202699");
        body.Remove(property);
        if (json is not null)
        {
            body[property] = JsonNode.Parse(json);
        }
        var before = app.Harness.Published.Select<SignalRaised>().Count();

        var response = await app.ClientFor(GatewayApplication.HousingKey)
            .PostAsync("/api/v1/signals", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ErrorFields());
        Assert.Equal(before, app.Harness.Published.Select<SignalRaised>().Count());
    }

    [Fact]
    public async Task Rejects_a_bsn_that_fails_the_11_check_without_repeating_it()
    {
        var response = await app.ClientFor(GatewayApplication.HousingKey).PostJson("/api/v1/signals", RentArrears("123456789"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["bsn"], await response.ErrorFields());
        Assert.DoesNotContain("123456789", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(GatewayApplication.HousingKey)]
    [InlineData(GatewayApplication.SchoolKey)]
    [InlineData(GatewayApplication.PoliceKey)]
    [InlineData(GatewayApplication.JobAgencyKey)]
    [InlineData(GatewayApplication.MunicipalityKey)]
    public async Task Is_open_to_the_signalling_roles(string apiKey)
    {
        var response = await app.ClientFor(apiKey).PostJson("/api/v1/signals", RentArrears("862347816"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Is_forbidden_for_an_employer()
    {
        var before = app.Harness.Published.Select<SignalRaised>().Count();

        var response = await app.ClientFor(GatewayApplication.EmployerKey).PostJson("/api/v1/signals", RentArrears("862347816"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, app.Harness.Published.Select<SignalRaised>().Count());
    }

    [Fact]
    public async Task Is_unauthorised_without_a_key()
    {
        var response = await app.ClientFor(null).PostJson("/api/v1/signals", RentArrears("862347816"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Shows_the_sender_its_status()
    {
        var status = await app.ClientFor(GatewayApplication.HousingKey).GetFromJsonAsync<Signals.SignalStatus>($"/api/v1/signals/{FakeSignals.KnownSignalId}");

        Assert.Equal(FakeSignals.KnownSignalId, status!.SignalId);
        Assert.Equal(["delivered", "withheld"], status.Recipients.Select(r => r.State));
        var asked = app.Harness.Consumed.Select<GetSignalStatus>(m => m.Context.Message.SignalId == FakeSignals.KnownSignalId).Last().Context.Message;
        Assert.Equal(GatewayApplication.HousingId, asked.RequestedBy);
    }

    [Fact]
    public async Task Answers_404_for_another_partners_or_an_unknown_signal()
    {
        var other = await app.ClientFor(GatewayApplication.PoliceKey).GetAsync($"/api/v1/signals/{FakeSignals.KnownSignalId}");
        var unknown = await app.ClientFor(GatewayApplication.HousingKey).GetAsync($"/api/v1/signals/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Status_is_forbidden_for_an_employer()
    {
        var response = await app.ClientFor(GatewayApplication.EmployerKey).GetAsync($"/api/v1/signals/{FakeSignals.KnownSignalId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Keeps_bsns_out_of_the_logs()
    {
        var client = app.ClientFor(GatewayApplication.HousingKey);
        var body = RentArrears("825937711");
        body["householdBsn"] = "932282908";
        var accepted = await client.PostJson("/api/v1/signals", body, "signal-log-check");
        var bad = RentArrears("825937712");
        bad["details"] = new JsonObject { ["since"] = "510928249" };
        await client.PostJson("/api/v1/signals", bad);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Contains(app.Logs.Lines, line => line.Contains("/api/v1/signals", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, line =>
            line.Contains("825937711", StringComparison.Ordinal) || line.Contains("932282908", StringComparison.Ordinal)
            || line.Contains("825937712", StringComparison.Ordinal) || line.Contains("510928249", StringComparison.Ordinal));
        Assert.DoesNotContain("825937711", new SignalRequest { Bsn = "825937711" }.ToString(), StringComparison.Ordinal);
    }
}
