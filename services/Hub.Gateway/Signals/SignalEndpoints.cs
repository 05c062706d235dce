using Bus = Hub.Contracts.Signals;

namespace Hub.Gateway.Signals;

/// <summary>
/// Signals, their deliveries (<see cref="DeliveryEndpoints"/>), consents and subject access (<see cref="ConsentEndpoints"/>), owned by the signals service. BSNs arrive only in POST bodies and are
/// pseudonymised before anything is published; the partner and its role come from authentication. Writes answer 202
/// after the broker's confirm; reads ask the signals service, which only ever shows a partner its own signals and deliveries.
/// </summary>
public static class SignalEndpoints
{
    public static IEndpointRouteBuilder MapSignals(this IEndpointRouteBuilder routes)
    {
        var signals = routes.MapGroup("/api/v1/signals").WithTags("Signals");
        signals.MapPost("/", Raise)
            .Validates<SignalRequest>((request, http, today) => SignalValidator.Validate(request, http.User.AreasOf(), today))
            .RequireAuthorization(PartnerPolicies.SignalRaiser)
            .WithName("RaiseSignal")
            .WithSummary("Raise a signal about a resident (BSN in, never out); the Hub routes it only where the law or the resident's consent allows.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        signals.MapGet("/", ListRaised)
            .RequireAuthorization(PartnerPolicies.SignalRaiser)
            .WithName("ListRaisedSignals")
            .WithSummary("List the signals you raised, newest first, at most 200: how many candidate recipients were decided and how many got it (never who was withheld or why, never the resident). Purged signals are gone.");
        signals.MapGet("/{signalId:guid}", Status)
            .RequireAuthorization(PartnerPolicies.SignalRaiser)
            .WithName("GetSignalStatus")
            .WithSummary("Read what became of one of your signals per candidate recipient: delivered, withheld or handled (never why).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        signals.MapDeliveries();

        routes.MapConsents();
        return routes;
    }

    private static Task<Accepted<SignalReceipt>> Raise(
        SignalRequest request, HttpContext http, Pseudonymiser pseudonyms, ConfirmedPublisher publisher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var signalId = IdempotentIds.For(http, "signal");
        var message = SignalValidator.ToMessage(request, signalId, pseudonyms.SubjectOf(request.Bsn!),
            request.HouseholdBsn is { } household ? pseudonyms.SubjectOf(household) : null, http.User.PartnerIdOf(), http.User.RoleOf(), http.User.AreasOf(),
            clock.GetUtcNow().UtcDateTime);
        return publisher.AcceptAsync(message, signalId, (commandId, status) => new SignalReceipt(signalId, commandId, status), cancellationToken);
    }

    private static async Task<Ok<SignalList>> ListRaised(
        HttpContext http, IRequestClient<Bus.GetRaisedSignals> client, IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var response = await client.GetResponse<Bus.SignalList>(
            new Bus.GetRaisedSignals { RequestedBy = http.User.PartnerIdOf() }, cancellationToken, options.Value.ReadTimeout);
        return TypedResults.Ok(response.Message.ToResponse());
    }

    private static async Task<Results<Ok<SignalStatus>, ProblemHttpResult>> Status(
        Guid signalId, HttpContext http, IRequestClient<Bus.GetSignalStatus> client, IOptions<GatewayOptions> options, CancellationToken cancellationToken)
    {
        var response = await client.GetResponse<Bus.SignalStatus, Bus.SignalNotFound>(
            new Bus.GetSignalStatus { SignalId = signalId, RequestedBy = http.User.PartnerIdOf() }, cancellationToken, options.Value.ReadTimeout);
        return response.Is(out Response<Bus.SignalStatus>? found)
            ? TypedResults.Ok(found.Message.ToResponse())
            : TypedResults.Problem(statusCode: 404, title: "Signal not found", detail: $"You raised no signal {signalId}, it is not processed yet, or it was purged.");
    }
}
