using Bus = Hub.Contracts.Signals;

namespace Hub.Gateway.Signals;

/// <summary>Residents' consents (record, revoke) and their subject access, for the municipality's roles.</summary>
public static class ConsentEndpoints
{
    public static IEndpointRouteBuilder MapConsents(this IEndpointRouteBuilder routes)
    {
        var consents = routes.MapGroup("/api/v1/consents").WithTags("Consents").RequireAuthorization(PartnerPolicies.ConsentRecorder);
        consents.MapPost("/", RecordConsent)
            .Validates<ConsentRequest>(SignalValidator.Validate)
            .WithName("RecordConsent")
            .WithSummary("Record a resident's consent to share signals of some categories with an organisation or role, for a purpose and a period.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        consents.MapPost("/revocations", RevokeConsent)
            .Validates<ConsentRevocationRequest>(SignalValidator.Validate)
            .WithName("RevokeConsent")
            .WithSummary("Pass on a resident's revocation of one consent (or all of them); it counts before the next routing decision.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        routes.MapPost("/api/v1/subject-access", SubjectAccess)
            .Validates<SubjectAccessRequest>(SignalValidator.Validate)
            .RequireAuthorization(PartnerPolicies.SubjectAccess)
            .WithTags("Consents")
            .WithName("GetSubjectDisclosures")
            .WithSummary("For a resident (BSN in the body): which organisation received which category of signal, when and on which basis, and their consents.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    private static Task<Accepted<ConsentReceipt>> RecordConsent(
        ConsentRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var consentId = IdempotentIds.For(http, "consent");
        var message = SignalValidator.ToMessage(request, consentId, pseudonyms.SubjectOf(request.Bsn!), http.User.PartnerIdOf(), http.User.RoleOf(), clock.GetUtcNow().UtcDateTime);
        return publisher.AcceptAsync(message, consentId, (commandId, status) => new ConsentReceipt(consentId, commandId, status), cancellationToken);
    }

    private static Task<Accepted<SignalsReceipt>> RevokeConsent(
        ConsentRevocationRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var subject = pseudonyms.SubjectOf(request.Bsn!);
        return publisher.AcceptAsync(new Bus.ConsentRevoked
        {
            ConsentId = request.ConsentId,
            SubjectPseudonym = subject,
            RevokedBy = http.User.PartnerIdOf(),
            RevokedByRole = http.User.RoleOf(),
            RevokedAt = clock.GetUtcNow().UtcDateTime,
        }, IdempotentIds.For(http, $"consent-revocation:{subject}:{request.ConsentId}"), (commandId, status) => new SignalsReceipt(commandId, status), cancellationToken);
    }

    private static async Task<Results<Ok<SubjectDisclosures>, ProblemHttpResult>> SubjectAccess(
        SubjectAccessRequest request, HttpContext http, Pseudonymiser pseudonyms, IRequestClient<Bus.GetSubjectDisclosures> client,
        IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var municipality = http.User.PartnerIdOf();
        var response = await client.GetResponse<Bus.SubjectDisclosures, Bus.SubjectAccessRefused>(new Bus.GetSubjectDisclosures
        {
            SubjectPseudonym = pseudonyms.SubjectOf(request.Bsn!),
            RequestedBy = municipality,
            RequestedByRole = http.User.RoleOf(),
        }, cancellationToken, options.Value.ReadTimeout);
        return response.Is(out Response<Bus.SubjectDisclosures>? disclosures)
            ? TypedResults.Ok(disclosures.Message.ToResponse(pseudonyms.ForRecipient(municipality, disclosures.Message.SubjectPseudonym)))
            : TypedResults.Problem(statusCode: 403, title: "Subject access refused", detail: "The signal policy does not let your role read disclosures.");
    }
}
