using System.Net;
using System.Net.Http.Json;
using Hub.Contracts.Matching;

namespace Hub.Gateway.Tests;

public sealed class Reading_area_figures(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Fact]
    public async Task A_municipality_gets_the_figures_of_its_own_areas()
    {
        var response = await app.ClientFor(GatewayApplication.MunicipalityKey).GetAsync("/api/v1/figures/areas");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figures = await response.Content.ReadFromJsonAsync<AreaFigures>();
        var row = Assert.Single(figures!.Rows);
        Assert.Equal(GatewayApplication.MunicipalityArea, row.AreaId);
        Assert.Equal(2, row.Placements);
        var request = app.Harness.Published.Select<GetAreaFigures>().Last().Context.Message;
        Assert.Equal([GatewayApplication.MunicipalityArea], request.AreaIds);
    }

    [Theory]
    [InlineData(GatewayApplication.EmployerKey)]
    [InlineData(GatewayApplication.JobAgencyKey)]
    [InlineData(GatewayApplication.PoliceKey)]
    public async Task Is_forbidden_for_other_roles(string apiKey)
    {
        var response = await app.ClientFor(apiKey).GetAsync("/api/v1/figures/areas");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
