using Bus = Hub.Contracts.Signals;

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
            .Validates<AcknowledgementRequest>(SignalValidator.Validate)
            .RequireAuthorization(PartnerPolicies.SignalRecipient)
            .WithName("AcknowledgeDeliveries")
            .WithSummary("Confirm you took over pulled deliveries; they leave your list of new deliveries.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        signals.MapPost("/deliveries/{deliveryId:guid}/outcome", ReportOutcome)
            .Validates<OutcomeRequest>(SignalValidator.Validate)
            .RequireAuthorization(PartnerPolicies.SignalRecipient)
            .WithName("ReportSignalOutcome")
            .WithSummary("Close one of your deliveries with its outcome; the sender sees the outcome code, never the note.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        signals.MapGet("/cases", Cases)
            .RequireAuthorization(PartnerPolicies.SignalRecipient)
            .WithName("GetMultiProblemCases")
            .WithSummary("Read the multi-problem notices addressed to you: who else is involved and how to reach them, no signal content.");
        return signals;
    }

    private static async Task<Results<Ok<DeliveryList>, ValidationProblem>> Deliveries(
        HttpContext http, IRequestClient<Bus.GetDeliveries> client, IOptions<GatewayOptions> options, CancellationToken cancellationToken,
        bool? includeAcknowledged = null, int? maxCount = null)
    {
        if (maxCount is < 1 or > MaxDeliveriesPerPull)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["maxCount"] = [$"Pull 1 to {MaxDeliveriesPerPull} deliveries at once."] });
        }
        var response = await client.GetResponse<Bus.DeliveryList>(new Bus.GetDeliveries
        {
            RecipientOrganisation = http.User.PartnerIdOf(),
            IncludeAcknowledged = includeAcknowledged ?? false,
            MaxCount = maxCount ?? 100,
        }, cancellationToken, options.Value.ReadTimeout);
        return TypedResults.Ok(response.Message.ToResponse());
    }

    private static Task<Accepted<SignalsReceipt>> Acknowledge(
        AcknowledgementRequest request, HttpContext http, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken) =>
        publisher.AcceptAsync(new Bus.DeliveriesAcknowledged
        {
            RecipientOrganisation = http.User.PartnerIdOf(),
            DeliveryIds = [.. request.DeliveryIds!.Distinct()],
            AcknowledgedAt = clock.GetUtcNow().UtcDateTime,
        }, IdempotentIds.For(http, "deliveries-acknowledged"), (commandId, status) => new SignalsReceipt(commandId, status), cancellationToken);

    /// <summary>The signals service ignores an outcome for a delivery that is not the reporter's: the answer does not tell whether it exists.</summary>
    private static Task<Accepted<SignalsReceipt>> ReportOutcome(
        Guid deliveryId, OutcomeRequest request, HttpContext http, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken) =>
        publisher.AcceptAsync(new Bus.SignalOutcomeReported
        {
            DeliveryId = deliveryId,
            ReportedBy = http.User.PartnerIdOf(),
            Outcome = request.Outcome!,
            Note = request.Note?.Trim() is { Length: > 0 } note ? note : null,
            ReportedAt = clock.GetUtcNow().UtcDateTime,
        }, IdempotentIds.For(http, $"signal-outcome:{deliveryId}"), (commandId, status) => new SignalsReceipt(commandId, status), cancellationToken);

    private static async Task<Ok<MultiProblemCaseList>> Cases(
        HttpContext http, IRequestClient<Bus.GetMultiProblemCases> client, IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var response = await client.GetResponse<Bus.MultiProblemCaseList>(
            new Bus.GetMultiProblemCases { RecipientOrganisation = http.User.PartnerIdOf() }, cancellationToken, options.Value.ReadTimeout);
        return TypedResults.Ok(response.Message.ToResponse());
    }
}
