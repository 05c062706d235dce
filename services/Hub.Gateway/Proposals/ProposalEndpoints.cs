using Bus = Hub.Contracts.Matching;

namespace Hub.Gateway.Proposals;

/// <summary>Proposals from job matching: owners read them per vacancy and report placements; the registering partner answers them.</summary>
public static class ProposalEndpoints
{
    public static IEndpointRouteBuilder MapProposals(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/vacancies/{vacancyId:guid}/proposals", ForVacancy)
            .RequireAuthorization(PartnerPolicies.VacancyOwner)
            .WithTags("Proposals")
            .WithName("GetVacancyProposals")
            .WithSummary("Read the ranked proposals for one of your vacancies, each with its reasons; contact details only after acceptance.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var proposals = routes.MapGroup("/api/v1/proposals/{proposalId:guid}").WithTags("Proposals");
        proposals.MapPost("/answer", Answer)
            .Validates<ProposalAnswerRequest>(ProposalValidator.Validate)
            .RequireAuthorization(PartnerPolicies.ProposalAnswerer)
            .WithName("AnswerProposal")
            .WithSummary("Pass on the job seeker's answer: an acceptance with contact details for the employer, or a decline without.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        proposals.MapPost("/placement", ReportPlacement)
            .Validates<PlacementRequest>(ProposalValidator.Validate)
            .RequireAuthorization(PartnerPolicies.VacancyOwner)
            .WithName("ReportPlacement")
            .WithSummary("Report whether the job seeker of an accepted proposal was hired, for the area figures.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    /// <summary>
    /// The employer sees its own pseudonym per candidate, never the Hub-wide one that job agencies and schools hold, so
    /// its list cannot be joined to theirs (nor, through them, to BSNs).
    /// </summary>
    private static async Task<Results<Ok<VacancyProposals>, ProblemHttpResult>> ForVacancy(
        Guid vacancyId, HttpContext http, IRequestClient<Bus.GetVacancyProposals> client, Pseudonymiser pseudonyms, IOptions<GatewayOptions> options,
        CancellationToken cancellationToken)
    {
        var employer = http.User.PartnerIdOf();
        var response = await client.GetResponse<Bus.VacancyProposals, Bus.VacancyNotFound>(
            new Bus.GetVacancyProposals { VacancyId = vacancyId, RequestedBy = employer },
            cancellationToken,
            options.Value.ReadTimeout);
        return response.Is(out Response<Bus.VacancyProposals>? found)
            ? TypedResults.Ok(new VacancyProposals
            {
                VacancyId = found.Message.VacancyId,
                Proposals = [.. found.Message.Proposals.Select(p => p.ToResponse(pseudonyms.ForRecipient(employer, p.SubjectPseudonym)))],
            })
            : TypedResults.Problem(statusCode: 404, title: "Vacancy not found", detail: $"You have no vacancy {vacancyId}, or it is not processed yet.");
    }

    private static Task<Accepted<ProposalReceipt>> Answer(
        Guid proposalId, ProposalAnswerRequest request, HttpContext http, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken) =>
        publisher.AcceptAsync(ProposalValidator.ToMessage(request, proposalId, http.User.PartnerIdOf(), clock.GetUtcNow().UtcDateTime),
            IdempotentIds.For(http, $"proposal-answer:{proposalId}"), (commandId, status) => new ProposalReceipt(proposalId, commandId, status), cancellationToken);

    private static Task<Accepted<ProposalReceipt>> ReportPlacement(
        Guid proposalId, PlacementRequest request, HttpContext http, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken) =>
        publisher.AcceptAsync(ProposalValidator.ToMessage(request, proposalId, http.User.PartnerIdOf(), clock.GetUtcNow().UtcDateTime),
            IdempotentIds.For(http, $"placement:{proposalId}"), (commandId, status) => new ProposalReceipt(proposalId, commandId, status), cancellationToken);
}
