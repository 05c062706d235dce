using Hub.Contracts.Signals;
using Hub.Gateway.Commands;
using Hub.Gateway.Partners;
using Hub.Gateway.Publishing;
using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hub.Gateway.Signals;

/// <summary>What a signal's recipient does with what was delivered to it: pull, acknowledge, report the outcome, read the multi-problem notices.</summary>
public static class DeliveryEndpoints
{
    public const int MaxDeliveriesPerPull = 500;

    public static RouteGroupBuilder MapDeliveries(this RouteGroupBuilder signals)
    {
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
        return signals;
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
        }, cancellationToken, options.Value.ReadTimeout);
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
        var messageId = IdempotentIds.For(http, "deliveries-acknowledged");
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
        var messageId = IdempotentIds.For(http, $"signal-outcome:{deliveryId}");
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
            new GetMultiProblemCases { RecipientOrganisation = http.User.PartnerIdOf() }, cancellationToken, options.Value.ReadTimeout);
        return TypedResults.Ok(response.Message);
    }
}
