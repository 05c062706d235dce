using Hub.Contracts.Matching;
using Hub.Gateway.Partners;
using Hub.Gateway.Publishing;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Vacancies;

public static class VacancyEndpoints
{
    public const string PublishPolicy = "vacancies:publish";

    public static RouteGroupBuilder MapVacancies(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/vacancies").WithTags("Vacancies").RequireAuthorization(PublishPolicy);
        group.MapPost("/", Publish)
            .WithName("PublishVacancy")
            .WithSummary("Publish a vacancy; recovery vacancies go to focus-area residents first.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{vacancyId:guid}", Get)
            .WithName("GetVacancy")
            .WithSummary("Read one of your own vacancies as the Hub holds it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<Results<Accepted<VacancyAccepted>, ValidationProblem>> Publish(
        VacancyRequest request,
        HttpContext http,
        ConfirmedPublisher publisher,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = VacancyValidator.Validate(request, DateOnly.FromDateTime(now.UtcDateTime));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var partnerId = http.User.PartnerIdOf();
        var vacancyId = IdempotentIds.For(partnerId, http.Request.Headers["Idempotency-Key"].ToString(), "vacancy");
        var message = VacancyValidator.ToMessage(request, vacancyId, partnerId, now.UtcDateTime);
        await publisher.PublishAsync(message, messageId: vacancyId, cancellationToken);
        return TypedResults.Accepted($"/api/v1/vacancies/{vacancyId}", new VacancyAccepted(vacancyId, "accepted"));
    }

    private static async Task<Results<Ok<VacancyDetails>, ProblemHttpResult>> Get(
        Guid vacancyId,
        HttpContext http,
        IRequestClient<GetVacancy> client,
        IOptions<GatewayOptions> options,
        CancellationToken cancellationToken)
    {
        var response = await client.GetResponse<VacancyDetails, VacancyNotFound>(
            new GetVacancy { VacancyId = vacancyId, RequestedBy = http.User.PartnerIdOf() },
            cancellationToken,
            RequestTimeout.After(ms: (int)options.Value.RequestTimeout.TotalMilliseconds));
        return response.Is(out Response<VacancyDetails>? found)
            ? TypedResults.Ok(found.Message)
            : TypedResults.Problem(statusCode: 404, title: "Vacancy not found", detail: $"You have no vacancy {vacancyId}, or it is not processed yet.");
    }
}
