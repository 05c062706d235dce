using Hub.Contracts.Matching;
using Hub.Gateway.Commands;
using Hub.Gateway.Partners;
using Hub.Gateway.Publishing;
using Hub.Pseudonymisation;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

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
            .RequireAuthorization(PartnerPolicies.ProposalAnswerer)
            .WithName("AnswerProposal")
            .WithSummary("Pass on the job seeker's answer: an acceptance with contact details for the employer, or a decline without.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        proposals.MapPost("/placement", ReportPlacement)
            .RequireAuthorization(PartnerPolicies.VacancyOwner)
            .WithName("ReportPlacement")
            .WithSummary("Report whether the job seeker of an accepted proposal was hired, for the area figures.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    /// <summary>
    /// The employer sees its own pseudonym per candidate, never the Hub-wide one that job agencies and schools hold, so
    /// its list cannot be joined to theirs (nor, through them, to BSNs).
    /// </summary>
    private static async Task<Results<Ok<VacancyProposals>, ProblemHttpResult>> ForVacancy(
        Guid vacancyId, HttpContext http, IRequestClient<GetVacancyProposals> client, Pseudonymiser pseudonyms, IOptions<GatewayOptions> options,
        CancellationToken cancellationToken)
    {
        var employer = http.User.PartnerIdOf();
        var response = await client.GetResponse<VacancyProposals, VacancyNotFound>(
            new GetVacancyProposals { VacancyId = vacancyId, RequestedBy = employer },
            cancellationToken,
            options.Value.ReadTimeout);
        return response.Is(out Response<VacancyProposals>? found)
            ? TypedResults.Ok(found.Message with
            {
                Proposals = [.. found.Message.Proposals.Select(p => p with { SubjectPseudonym = pseudonyms.ForRecipient(employer, p.SubjectPseudonym) })],
            })
            : TypedResults.Problem(statusCode: 404, title: "Vacancy not found", detail: $"You have no vacancy {vacancyId}, or it is not processed yet.");
    }

    private static async Task<Results<Accepted<ProposalReceipt>, ValidationProblem>> Answer(
        Guid proposalId, ProposalAnswerRequest request, HttpContext http, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = ProposalValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var partnerId = http.User.PartnerIdOf();
        var messageId = IdempotentIds.For(http, $"proposal-answer:{proposalId}");
        await publisher.PublishAsync(ProposalValidator.ToMessage(request, proposalId, partnerId, clock.GetUtcNow().UtcDateTime), messageId, cancellationToken);
        return TypedResults.Accepted(CommandLog.LocationOf(messageId), new ProposalReceipt(proposalId, messageId, CommandLog.Pending));
    }

    private static async Task<Results<Accepted<ProposalReceipt>, ValidationProblem>> ReportPlacement(
        Guid proposalId, PlacementRequest request, HttpContext http, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = ProposalValidator.Validate(request, DateOnly.FromDateTime(now.UtcDateTime));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var partnerId = http.User.PartnerIdOf();
        var messageId = IdempotentIds.For(http, $"placement:{proposalId}");
        await publisher.PublishAsync(ProposalValidator.ToMessage(request, proposalId, partnerId, now.UtcDateTime), messageId, cancellationToken);
        return TypedResults.Accepted(CommandLog.LocationOf(messageId), new ProposalReceipt(proposalId, messageId, CommandLog.Pending));
    }
}
