using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Signals;

namespace Hub.Gateway.Tests;

public sealed class Receiving_signals(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Fact]
    public async Task Lists_only_the_deliveries_of_the_asking_partner()
    {
        var own = await app.ClientFor(GatewayApplication.MunicipalityKey).GetFromJsonAsync<DeliveryList>("/api/v1/signals/deliveries?includeAcknowledged=true&maxCount=50");
        var none = await app.ClientFor(GatewayApplication.EmployerKey).GetFromJsonAsync<DeliveryList>("/api/v1/signals/deliveries");

        Assert.Equal(FakeSignals.KnownDeliveryId, Assert.Single(own!.Deliveries).DeliveryId);
        Assert.Empty(none!.Deliveries);
        var asked = app.Harness.Consumed.Select<GetDeliveries>(m => m.Context.Message.RecipientOrganisation == GatewayApplication.MunicipalityId).Last().Context.Message;
        Assert.True(asked.IncludeAcknowledged);
        Assert.Equal(50, asked.MaxCount);
    }

    [Theory]
    [InlineData("maxCount=0")]
    [InlineData("maxCount=501")]
    public async Task Answers_400_for_a_pull_size_out_of_range(string query)
    {
        var response = await app.ClientFor(GatewayApplication.MunicipalityKey).GetAsync($"/api/v1/signals/deliveries?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["maxCount"], await response.ErrorFields());
    }

    [Fact]
    public async Task Acknowledges_for_the_authenticated_recipient()
    {
        var deliveryId = Guid.NewGuid();

        var response = await app.ClientFor(GatewayApplication.MunicipalityKey)
            .PostJson("/api/v1/signals/deliveries/acknowledgements", new { deliveryIds = new[] { deliveryId, deliveryId }, recipientOrganisation = GatewayApplication.JobAgencyId });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var acknowledged = Assert.Single(app.Harness.Published.Select<DeliveriesAcknowledged>(m => m.Context.Message.DeliveryIds.Contains(deliveryId))).Context.Message;
        Assert.Equal(GatewayApplication.MunicipalityId, acknowledged.RecipientOrganisation);
        Assert.Equal([deliveryId], acknowledged.DeliveryIds);
    }

    [Fact]
    public async Task Reports_an_outcome_as_the_authenticated_recipient()
    {
        var deliveryId = Guid.NewGuid();

        var response = await app.ClientFor(GatewayApplication.SchoolKey)
            .PostJson($"/api/v1/signals/deliveries/{deliveryId}/outcome", new { outcome = "other", note = "  Family moved within the city.  " });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var reported = Assert.Single(app.Harness.Published.Select<SignalOutcomeReported>(m => m.Context.Message.DeliveryId == deliveryId)).Context.Message;
        Assert.Equal(GatewayApplication.SchoolId, reported.ReportedBy);
        Assert.Equal("other", reported.Outcome);
        Assert.Equal("Family moved within the city.", reported.Note);
    }

    [Theory]
    [InlineData("""{"outcome":"solved"}""", "outcome")]
    [InlineData("""{}""", "outcome")]
    [InlineData("""{"outcome":"other","note":"BSN 1112.22.333"}""", "note")]
    public async Task Answers_400_for_a_bad_outcome(string body, string field)
    {
        var response = await app.ClientFor(GatewayApplication.MunicipalityKey)
            .PostAsync($"/api/v1/signals/deliveries/{Guid.NewGuid()}/outcome", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ErrorFields());
    }

    [Fact]
    public async Task Lists_the_multi_problem_notices_of_the_asking_partner()
    {
        var cases = await app.ClientFor(GatewayApplication.PoliceKey).GetFromJsonAsync<MultiProblemCaseList>("/api/v1/signals/cases");

        Assert.Equal(GatewayApplication.PoliceId, cases!.RecipientOrganisation);
    }

    [Theory]
    [InlineData("/api/v1/signals/deliveries")]
    [InlineData("/api/v1/signals/cases")]
    public async Task Reads_need_a_partner(string path)
    {
        var response = await app.ClientFor(null).GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
