using Hub.Gateway.Partners;
using Hub.Gateway.Vacancies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hub.Gateway.LoadTesting;

/// <summary>
/// POST /api/v1/load-test/no-op: the vacancy POST with everything but the publish (authentication, rate limit,
/// idempotency, body binding, validation, 202 with Location), so a load test can tell the gateway's own cost from
/// the broker's confirm. Mapped only when <c>Hub:Gateway:NoOpEndpoint</c> is true; off by default.
/// </summary>
public static class NoOpEndpoints
{
    public static RouteHandlerBuilder MapNoOp(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/v1/load-test/no-op", Accept)
            .WithTags("Load testing")
            .RequireAuthorization(PartnerPolicies.VacancyOwner)
            .ExcludeFromDescription();

    private static Results<Accepted<VacancyAccepted>, ValidationProblem> Accept(VacancyRequest request, TimeProvider clock)
    {
        var errors = VacancyValidator.Validate(request, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var vacancyId = Guid.CreateVersion7();
        return TypedResults.Accepted($"/api/v1/vacancies/{vacancyId}", new VacancyAccepted(vacancyId, vacancyId, "pending"));
    }
}
