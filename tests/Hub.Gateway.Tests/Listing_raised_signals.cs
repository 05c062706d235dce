using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Signals;

namespace Hub.Gateway.Tests;

public sealed class Listing_raised_signals(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Fact]
    public async Task A_sender_lists_its_signals_with_counts_only()
    {
        var response = await app.ClientFor(GatewayApplication.HousingKey).GetAsync("/api/v1/signals");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var signal = Assert.Single(System.Text.Json.JsonSerializer.Deserialize<Signals.SignalList>(body, System.Text.Json.JsonSerializerOptions.Web)!.Signals);
        Assert.Equal((FakeSignals.KnownSignalId, "rent-arrears", "routed", 2, 1), (signal.SignalId, signal.Category, signal.State, signal.Recipients, signal.Delivered));
        // Who was withheld (and so, perhaps, why) and who the resident is stay out of the list.
        Assert.DoesNotContain(GatewayApplication.JobAgencyId, body, StringComparison.Ordinal);
        Assert.DoesNotContain("withheld", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ps-", body, StringComparison.Ordinal);
        Assert.Contains(app.Harness.Published.Select<GetRaisedSignals>(), m => m.Context.Message.RequestedBy == GatewayApplication.HousingId);
    }

    [Fact]
    public async Task Another_sender_sees_none_of_them_whatever_it_puts_in_the_query()
    {
        var before = app.Harness.Published.Select<GetRaisedSignals>().Count();

        var response = await app.ClientFor(GatewayApplication.PoliceKey).GetAsync($"/api/v1/signals?requestedBy={GatewayApplication.HousingId}&raisedBy={GatewayApplication.HousingId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<Signals.SignalList>())!.Signals);
        Assert.Equal(GatewayApplication.PoliceId, Assert.Single(app.Harness.Published.Select<GetRaisedSignals>().Skip(before)).Context.Message.RequestedBy);
    }

    [Fact]
    public async Task Is_forbidden_for_an_employer()
    {
        var response = await app.ClientFor(GatewayApplication.EmployerKey).GetAsync("/api/v1/signals");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
