using Hub.Contracts.Signals;
using Hub.Gateway.Commands;
using Hub.Gateway.Partners;
using Hub.Gateway.Publishing;
using Hub.Pseudonymisation;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Signals;

/// <summary>
/// Signals, consents and subject access, owned by the signals service. BSNs arrive only in POST bodies and are
/// pseudonymised before anything is published; the partner and its role come from authentication. Writes answer 202
/// after the broker's confirm; reads ask the signals service, which only ever shows a partner its own signals and deliveries.
/// </summary>
public static class SignalEndpoints
{
    public const int MaxDeliveriesPerPull = 500;

    public static IEndpointRouteBuilder MapSignals(this IEndpointRouteBuilder routes)
    {
        var signals = routes.MapGroup("/api/v1/signals").WithTags("Signals");
        signals.MapPost("/", Raise)
            .RequireAuthorization(PartnerPolicies.SignalRaiser)
            .WithName("RaiseSignal")
            .WithSummary("Raise a signal about a resident (BSN in, never out); the Hub routes it only where the law or the resident's consent allows.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        signals.MapGet("/{signalId:guid}", Status)
            .RequireAuthorization(PartnerPolicies.SignalRaiser)
            .WithName("GetSignalStatus")
            .WithSummary("Read what became of one of your signals per candidate recipient: delivered, withheld or handled (never why).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        signals.MapGet("/deliveries", Deliveries)
            .RequireAuthorization(PartnerPolicies.SignalRecipient)
            .WithName("GetDeliveries")
            .WithSummary("Pull the signals delivered to you, oldest first: only the fields the policy allows you, under your own pseudonym.")
            .ProducesValidationProblem();
        signals.MapPost("/deliveries/acknowledgements", Acknowledge)
            .RequireAuthorization(PartnerPolicies.SignalRecipient)
            .WithName("AcknowledgeDeliveries")
            .WithSummary("Confirm you took over pulled deliveries; they leave your list of new deliveries.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        signals.MapPost("/deliveries/{deliveryId:guid}/outcome", ReportOutcome)
            .RequireAuthorization(PartnerPolicies.SignalRecipient)
            .WithName("ReportSignalOutcome")
            .WithSummary("Close one of your deliveries with its outcome; the sender sees the outcome code, never the note.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        signals.MapGet("/cases", Cases)
            .RequireAuthorization(PartnerPolicies.SignalRecipient)
            .WithName("GetMultiProblemCases")
            .WithSummary("Read the multi-problem notices addressed to you: who else is involved and how to reach them, no signal content.");

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

    private static async Task<Results<Accepted<SignalReceipt>, ValidationProblem>> Raise(
        SignalRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var areas = http.User.AreasOf();
        var errors = SignalValidator.Validate(request, areas, DateOnly.FromDateTime(now));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var partnerId = http.User.PartnerIdOf();
        var signalId = IdempotentIds.For(partnerId, IdempotencyKeyOf(http), "signal");
        var message = SignalValidator.ToMessage(request, signalId, pseudonyms.SubjectOf(request.Bsn!),
            request.HouseholdBsn is { } household ? pseudonyms.SubjectOf(household) : null, partnerId, http.User.RoleOf(), areas, now);
        await publisher.PublishAsync(message, signalId, cancellationToken);
        return TypedResults.Accepted(CommandLog.LocationOf(signalId), new SignalReceipt(signalId, signalId, CommandLog.Pending));
    }

    private static async Task<Results<Ok<SignalStatus>, ProblemHttpResult>> Status(
        Guid signalId, HttpContext http, IRequestClient<GetSignalStatus> client, IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var response = await client.GetResponse<SignalStatus, SignalNotFound>(
            new GetSignalStatus { SignalId = signalId, RequestedBy = http.User.PartnerIdOf() }, cancellationToken, Timeout(options));
        return response.Is(out Response<SignalStatus>? found)
            ? TypedResults.Ok(found.Message)
            : TypedResults.Problem(statusCode: 404, title: "Signal not found", detail: $"You raised no signal {signalId}, it is not processed yet, or it was purged.");
    }

    private static async Task<Results<Ok<DeliveryList>, ValidationProblem>> Deliveries(
        HttpContext http, IRequestClient<GetDeliveries> client, IOptions<GatewayOptions> options, CancellationToken cancellationToken,
        bool? includeAcknowledged = null, int? maxCount = null)
    {
        if (maxCount is < 1 or > MaxDeliveriesPerPull)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["maxCount"] = [$"Pull 1 to {MaxDeliveriesPerPull} deliveries at once."] });
        }
        var response = await client.GetResponse<DeliveryList>(new GetDeliveries
        {
            RecipientOrganisation = http.User.PartnerIdOf(),
            IncludeAcknowledged = includeAcknowledged ?? false,
            MaxCount = maxCount ?? 100,
        }, cancellationToken, Timeout(options));
        return TypedResults.Ok(response.Message);
    }

    private static async Task<Results<Accepted<SignalsReceipt>, ValidationProblem>> Acknowledge(
        AcknowledgementRequest request, HttpContext http, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = SignalValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var partnerId = http.User.PartnerIdOf();
        var messageId = IdempotentIds.For(partnerId, IdempotencyKeyOf(http), "deliveries-acknowledged");
        await publisher.PublishAsync(new DeliveriesAcknowledged
        {
            RecipientOrganisation = partnerId,
            DeliveryIds = [.. request.DeliveryIds!.Distinct()],
            AcknowledgedAt = clock.GetUtcNow().UtcDateTime,
        }, messageId, cancellationToken);
        return TypedResults.Accepted(CommandLog.LocationOf(messageId), new SignalsReceipt(messageId, CommandLog.Pending));
    }

    /// <summary>The signals service ignores an outcome for a delivery that is not the reporter's: the answer does not tell whether it exists.</summary>
    private static async Task<Results<Accepted<SignalsReceipt>, ValidationProblem>> ReportOutcome(
        Guid deliveryId, OutcomeRequest request, HttpContext http, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = SignalValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var partnerId = http.User.PartnerIdOf();
        var messageId = IdempotentIds.For(partnerId, IdempotencyKeyOf(http), $"signal-outcome:{deliveryId}");
        await publisher.PublishAsync(new SignalOutcomeReported
        {
            DeliveryId = deliveryId,
            ReportedBy = partnerId,
            Outcome = request.Outcome!,
            Note = request.Note?.Trim() is { Length: > 0 } note ? note : null,
            ReportedAt = clock.GetUtcNow().UtcDateTime,
        }, messageId, cancellationToken);
        return TypedResults.Accepted(CommandLog.LocationOf(messageId), new SignalsReceipt(messageId, CommandLog.Pending));
    }

    private static async Task<Ok<MultiProblemCaseList>> Cases(
        HttpContext http, IRequestClient<GetMultiProblemCases> client, IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var response = await client.GetResponse<MultiProblemCaseList>(
            new GetMultiProblemCases { RecipientOrganisation = http.User.PartnerIdOf() }, cancellationToken, Timeout(options));
        return TypedResults.Ok(response.Message);
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
        var consentId = IdempotentIds.For(partnerId, IdempotencyKeyOf(http), "consent");
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
        var messageId = IdempotentIds.For(partnerId, IdempotencyKeyOf(http), $"consent-revocation:{subject}:{request.ConsentId}");
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
        }, cancellationToken, Timeout(options));
        return response.Is(out Response<SubjectDisclosures>? disclosures)
            ? TypedResults.Ok(disclosures.Message with { SubjectPseudonym = pseudonyms.ForRecipient(municipality, disclosures.Message.SubjectPseudonym) })
            : TypedResults.Problem(statusCode: 403, title: "Subject access refused", detail: "The signal policy does not let your role read disclosures.");
    }

    private static string IdempotencyKeyOf(HttpContext http) => http.Request.Headers["Idempotency-Key"].ToString();

    private static RequestTimeout Timeout(IOptions<GatewayOptions> options) => RequestTimeout.After(ms: (int)options.Value.RequestTimeout.TotalMilliseconds);
}
