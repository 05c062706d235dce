using Bus = Hub.Contracts.Matching;

namespace Hub.Gateway.Figures;

/// <summary>Programme figures (counts only, no personal data) for the areas the asking municipality works in.</summary>
public static class FigureEndpoints
{
    public static IEndpointRouteBuilder MapFigures(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/api/v1/figures").WithTags("Figures").RequireAuthorization(PartnerPolicies.AreaFigures)
            .MapGet("/areas", ForAreas)
            .WithName("GetAreaFigures")
            .WithSummary("Vacancies, proposals, acceptances and placements per focus area and month, for your own areas.");
        return routes;
    }

    private static async Task<Ok<AreaFigures>> ForAreas(
        HttpContext http, IRequestClient<Bus.GetAreaFigures> client, IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var areas = http.User.FindAll(PartnerClaims.Area).Select(claim => claim.Value).ToArray();
        if (areas.Length == 0)
        {
            // An empty list asks job matching for every area: a partner without areas sees none.
            return TypedResults.Ok(new AreaFigures { Rows = [] });
        }
        var response = await client.GetResponse<Bus.AreaFigures>(
            new Bus.GetAreaFigures { AreaIds = areas },
            cancellationToken,
            options.Value.ReadTimeout);
        return TypedResults.Ok(response.Message.ToResponse());
    }
}
