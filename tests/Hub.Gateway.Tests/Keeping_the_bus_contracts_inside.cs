using Hub.Testing;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Gateway.Tests;

/// <summary>
/// The bus contracts are the services' business: no partner endpoint takes or answers one, so a contract can change
/// without a partner noticing. The gateway maps each reply to a response record of its own.
/// </summary>
public sealed class Keeping_the_bus_contracts_inside(GatewayApplication app) : IClassFixture<GatewayApplication>
{
    [Fact]
    public void No_partner_endpoint_takes_or_answers_a_bus_contract()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .ToList();

        var shapes = endpoints
            .SelectMany(e => e.Metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.Type)
                .Concat(e.Metadata.OfType<IAcceptsMetadata>().Select(m => m.RequestType)))
            .OfType<Type>()
            .Distinct()
            .ToList();

        Assert.True(endpoints.Count >= 20, $"only {endpoints.Count} partner endpoints found");
        Assert.Contains(typeof(Vacancies.VacancyDetails), shapes);
        Assert.All(shapes, shape => Assert.Empty(PublicShapes.ContractTypesIn(shape)));
    }
}
