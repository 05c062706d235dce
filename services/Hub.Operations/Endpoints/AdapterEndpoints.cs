using Hub.Operations.Access;
using Hub.Operations.Adapters;
using Hub.Operations.Audit;

namespace Hub.Operations.Endpoints;

/// <summary>
/// The partner adapters' imports, deliveries and circuits for everyone signed in; the deliveries of all adapters in one list;
/// retry of a failed delivery for operators and admins. An area-scoped operator sees and retries only the deliveries of
/// what happened in their areas.
/// </summary>
internal static class AdapterEndpoints
{
    private static readonly string[] DeliveryStatuses = ["pending", "delivered", "failed"];

    public static void MapAdapters(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(ConsoleAuthentication.Policy);
        api.MapGet("/partner-deliveries", async (string? status, HttpContext context, PartnerAdapters partners) =>
        {
            var check = new QueryValidation();
            var wanted = check.OneOf("status", status, DeliveryStatuses);
            if (!check.IsValid)
            {
                return check.Problem();
            }
            var all = await partners.DeliveriesAsync(wanted, OperatorName(context), context.RequestAborted);
            var scope = ConsoleSignIn.ScopeOf(context.User);
            return Results.Ok(all with { Deliveries = [.. all.Deliveries.Where(d => scope.Allows(d.AreaId))] });
        });

        var adapters = api.MapGroup("/adapters");
        adapters.MapGet("/{adapter}", async (string adapter, string? status, string? partner, HttpContext context, PartnerAdapters partners, AuditSearch audit) =>
        {
            if (!partners.Knows(adapter))
            {
                return UnknownAdapter(adapter);
            }
            if (await partners.ActivityAsync(adapter, status, partner, OperatorName(context), context.RequestAborted) is not { } activity)
            {
                return NotAnswering(adapter);
            }
            var scope = ConsoleSignIn.ScopeOf(context.User);
            if (scope.IsEverything)
            {
                return Results.Ok(activity);
            }
            var areas = await audit.AreasOfAsync([.. activity.Deliveries.Select(d => d.DeliveryId.ToString())], context.RequestAborted);
            return Results.Ok(activity with { Deliveries = [.. activity.Deliveries.Where(d => scope.Allows(areas.GetValueOrDefault(d.DeliveryId.ToString())))] });
        });
        adapters.MapPost("/{adapter}/deliveries/{deliveryId:guid}/retry", async (string adapter, Guid deliveryId, HttpContext context, PartnerAdapters partners,
            AuditSearch audit, OperatorLog log) =>
        {
            if (!partners.Knows(adapter))
            {
                return UnknownAdapter(adapter);
            }
            var scope = ConsoleSignIn.ScopeOf(context.User);
            if (!scope.IsEverything && !scope.Allows((await audit.AreasOfAsync([deliveryId.ToString()], context.RequestAborted)).GetValueOrDefault(deliveryId.ToString())))
            {
                return NoSuchDelivery();
            }
            var retry = await partners.RetryAsync(adapter, deliveryId, OperatorName(context), context.RequestAborted);
            await log.RecordAsync(context.User, OperatorActions.AdapterRetry, $"{adapter}/{deliveryId}", retry?.Outcome ?? "no-answer", context);
            return retry?.Outcome switch
            {
                "retrying" => Results.Accepted(),
                "not-failed" => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Only a failed delivery can be retried", detail: retry!.Detail),
                "not-found" => NoSuchDelivery(),
                _ => NotAnswering(adapter),
            };
        }).RequireAuthorization(ConsoleRoles.MayRetryPolicy).DisableAntiforgery();
    }

    private static string OperatorName(HttpContext context) => context.User.Identity?.Name ?? "?";

    private static IResult NoSuchDelivery() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such delivery");

    private static IResult NotAnswering(string adapter) => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The adapter did not answer", detail: $"The {adapter} adapter did not answer in time; it may be down. Nothing was changed by the console.");

    private static IResult UnknownAdapter(string adapter) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such adapter", detail: $"The console knows no adapter '{adapter}'.");
}
