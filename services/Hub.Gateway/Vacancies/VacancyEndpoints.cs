using Bus = Hub.Contracts.Matching;

namespace Hub.Gateway.Vacancies;

public static class VacancyEndpoints
{
    /// <summary>The statuses a vacancy's list can be narrowed to, as the API writes them.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["open", "withdrawn", "filled"];

    public static RouteGroupBuilder MapVacancies(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/vacancies").WithTags("Vacancies").RequireAuthorization(PartnerPolicies.VacancyOwner);
        group.MapGet("/", List)
            .WithName("ListVacancies")
            .WithSummary("List your own vacancies, newest first (by the publication of their current version), at most 200, each with the number of proposals made for it; `status` (open, withdrawn or filled) lists only those.")
            .ProducesValidationProblem();
        group.MapPost("/", Publish)
            .Validates<VacancyRequest>(VacancyValidator.Validate)
            .WithName("PublishVacancy")
            .WithSummary("Publish a vacancy; recovery vacancies go to focus-area residents first.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPut("/{vacancyId:guid}", Update)
            .Validates<VacancyRequest>(VacancyValidator.Validate)
            .WithName("UpdateVacancy")
            .WithSummary("Replace one of your vacancies with a new version; it is matched again. Only a vacancy you published (POST) and the Hub holds can be replaced.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{vacancyId:guid}", Get)
            .WithName("GetVacancy")
            .WithSummary("Read one of your own vacancies as the Hub holds it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{vacancyId:guid}/withdrawal", Withdraw)
            .WithName("WithdrawVacancy")
            .WithSummary("Withdraw one of your vacancies; its open proposals lapse.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return group;
    }

    private static Task<Accepted<VacancyAccepted>> Publish(
        VacancyRequest request, HttpContext http, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var vacancyId = IdempotentIds.For(http, "vacancy");
        return PublishVersion(request, vacancyId, messageId: vacancyId, http, publisher, clock, cancellationToken);
    }

    /// <summary>
    /// Replaces a vacancy the Hub holds for this partner. The id is never the caller's to choose: a PUT with an id the
    /// partner did not get from its own POST (another partner's, or one derived from another's Idempotency-Key) is a 404,
    /// and nothing is published.
    /// </summary>
    private static async Task<Results<Accepted<VacancyAccepted>, ProblemHttpResult>> Update(
        Guid vacancyId, VacancyRequest request, HttpContext http, ConfirmedPublisher publisher, TimeProvider clock,
        IRequestClient<Bus.GetVacancy> client, IOptions<GatewayOptions> options, CancellationToken cancellationToken) =>
        await FindOwnAsync(vacancyId, http, client, options, cancellationToken) switch
        {
            null => NotFound(vacancyId),
            // Known at once: a withdrawn or filled vacancy is not reopened by a new version (409, nothing published).
            { Status: not "open" } closed => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Vacancy closed",
                detail: $"Vacancy {vacancyId} is {closed.Status}; it takes no new version. Publish a new vacancy with POST.",
                extensions: new Dictionary<string, object?> { ["reason"] = "wrong-state" }),
            _ => await PublishVersion(request, vacancyId, IdempotentIds.For(http, $"vacancy-update:{vacancyId}"), http, publisher, clock, cancellationToken),
        };

    private static Task<Accepted<VacancyAccepted>> PublishVersion(
        VacancyRequest request, Guid vacancyId, Guid messageId, HttpContext http, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken) =>
        publisher.AcceptAsync(VacancyValidator.ToMessage(request, vacancyId, http.User.PartnerIdOf(), clock.GetUtcNow().UtcDateTime), messageId,
            (commandId, status) => new VacancyAccepted(vacancyId, commandId, status), cancellationToken);

    private static Task<Accepted<VacancyAccepted>> Withdraw(Guid vacancyId, HttpContext http, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken) =>
        // Job matching ignores a withdrawal of another partner's vacancy: the employer id comes from the key.
        publisher.AcceptAsync(new Bus.VacancyWithdrawn { VacancyId = vacancyId, EmployerId = http.User.PartnerIdOf(), WithdrawnAt = clock.GetUtcNow().UtcDateTime },
            IdempotentIds.For(http, $"vacancy-withdrawal:{vacancyId}"), (commandId, status) => new VacancyAccepted(vacancyId, commandId, status), cancellationToken);

    private static async Task<Results<Ok<VacancyList>, ValidationProblem>> List(
        HttpContext http, IRequestClient<Bus.GetVacancies> client, IOptions<GatewayOptions> options, CancellationToken cancellationToken, string? status = null)
    {
        if (status is not null && !Statuses.Contains(status, StringComparer.Ordinal))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["Use open, withdrawn or filled, or leave status out for every vacancy."] });
        }
        var response = await client.GetResponse<Bus.VacancyList>(
            new Bus.GetVacancies { RequestedBy = http.User.PartnerIdOf(), Status = status }, cancellationToken, options.Value.ReadTimeout);
        return TypedResults.Ok(response.Message.ToResponse());
    }

    private static async Task<Results<Ok<VacancyDetails>, ProblemHttpResult>> Get(
        Guid vacancyId,
        HttpContext http,
        IRequestClient<Bus.GetVacancy> client,
        IOptions<GatewayOptions> options,
        CancellationToken cancellationToken) =>
        await FindOwnAsync(vacancyId, http, client, options, cancellationToken) is { } found ? TypedResults.Ok(found.ToResponse()) : NotFound(vacancyId);

    /// <summary>The caller's own vacancy as job matching holds it, or null (none, or another partner's: the same answer).</summary>
    private static async Task<Bus.VacancyDetails?> FindOwnAsync(
        Guid vacancyId, HttpContext http, IRequestClient<Bus.GetVacancy> client, IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var response = await client.GetResponse<Bus.VacancyDetails, Bus.VacancyNotFound>(
            new Bus.GetVacancy { VacancyId = vacancyId, RequestedBy = http.User.PartnerIdOf() },
            cancellationToken,
            options.Value.ReadTimeout);
        return response.Is(out Response<Bus.VacancyDetails>? found) ? found.Message : null;
    }

    private static ProblemHttpResult NotFound(Guid vacancyId) =>
        TypedResults.Problem(statusCode: 404, title: "Vacancy not found", detail: $"You have no vacancy {vacancyId}, or it is not processed yet.");
}
