using Hub.Contracts.Signals;
using Hub.Gateway.Commands;
using Hub.Gateway.Partners;
using Hub.Gateway.Publishing;
using Hub.Pseudonymisation;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Signals;

/// <summary>Residents' consents (record, revoke) and their subject access, for the municipality's roles.</summary>
public static class ConsentEndpoints
{
    public static IEndpointRouteBuilder MapConsents(this IEndpointRouteBuilder routes)
    {
        var consents = routes.MapGroup("/api/v1/consents").WithTags("Consents").RequireAuthorization(PartnerPolicies.ConsentRecorder);
        consents.MapPost("/", RecordConsent)
            .WithName("RecordConsent")
            .WithSummary("Record a resident's consent to share signals of some categories with an organisation or role, for a purpose and a period.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        consents.MapPost("/revocations", RevokeConsent)
            .WithName("RevokeConsent")
            .WithSummary("Pass on a resident's revocation of one consent (or all of them); it counts before the next routing decision.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        routes.MapPost("/api/v1/subject-access", SubjectAccess)
            .RequireAuthorization(PartnerPolicies.SubjectAccess)
            .WithTags("Consents")
            .WithName("GetSubjectDisclosures")
            .WithSummary("For a resident (BSN in the body): which organisation received which category of signal, when and on which basis, and their consents.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    private static async Task<Results<Accepted<ConsentReceipt>, ValidationProblem>> RecordConsent(
        ConsentRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = SignalValidator.Validate(request, DateOnly.FromDateTime(now));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var partnerId = http.User.PartnerIdOf();
        var consentId = IdempotentIds.For(http, "consent");
        var message = SignalValidator.ToMessage(request, consentId, pseudonyms.SubjectOf(request.Bsn!), partnerId, http.User.RoleOf(), now);
        await publisher.PublishAsync(message, consentId, cancellationToken);
        return TypedResults.Accepted(CommandLog.LocationOf(consentId), new ConsentReceipt(consentId, consentId, CommandLog.Pending));
    }

    private static async Task<Results<Accepted<SignalsReceipt>, ValidationProblem>> RevokeConsent(
        ConsentRevocationRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = SignalValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var partnerId = http.User.PartnerIdOf();
        var subject = pseudonyms.SubjectOf(request.Bsn!);
        var messageId = IdempotentIds.For(http, $"consent-revocation:{subject}:{request.ConsentId}");
        await publisher.PublishAsync(new ConsentRevoked
        {
            ConsentId = request.ConsentId,
            SubjectPseudonym = subject,
            RevokedBy = partnerId,
            RevokedByRole = http.User.RoleOf(),
            RevokedAt = clock.GetUtcNow().UtcDateTime,
        }, messageId, cancellationToken);
        return TypedResults.Accepted(CommandLog.LocationOf(messageId), new SignalsReceipt(messageId, CommandLog.Pending));
    }

    private static async Task<Results<Ok<SubjectDisclosures>, ValidationProblem, ProblemHttpResult>> SubjectAccess(
        SubjectAccessRequest request, HttpContext http, Pseudonymiser pseudonyms, IRequestClient<GetSubjectDisclosures> client,
        IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var errors = SignalValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var municipality = http.User.PartnerIdOf();
        var response = await client.GetResponse<SubjectDisclosures, SubjectAccessRefused>(new GetSubjectDisclosures
        {
            SubjectPseudonym = pseudonyms.SubjectOf(request.Bsn!),
            RequestedBy = municipality,
            RequestedByRole = http.User.RoleOf(),
        }, cancellationToken, options.Value.ReadTimeout);
        return response.Is(out Response<SubjectDisclosures>? disclosures)
            ? TypedResults.Ok(disclosures.Message with { SubjectPseudonym = pseudonyms.ForRecipient(municipality, disclosures.Message.SubjectPseudonym) })
            : TypedResults.Problem(statusCode: 403, title: "Subject access refused", detail: "The signal policy does not let your role read disclosures.");
    }
}
