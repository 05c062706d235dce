using Hub.Operations.Access;
using Hub.Operations.Adapters;

namespace Hub.Operations.Endpoints;

/// <summary>The partner adapters' imports, deliveries and circuits for everyone signed in; retry of a failed delivery for operators and admins.</summary>
internal static class AdapterEndpoints
{
    public static void MapAdapters(this IEndpointRouteBuilder app)
    {
        var adapters = app.MapGroup("/api/adapters").RequireAuthorization(ConsoleAuthentication.Policy);
        adapters.MapGet("/{adapter}", async (string adapter, string? status, string? partner, HttpContext context, PartnerAdapters partners) =>
            !partners.Knows(adapter) ? UnknownAdapter(adapter)
            : await partners.ActivityAsync(adapter, status, partner, OperatorName(context), context.RequestAborted) is { } activity ? Results.Ok(activity)
            : NotAnswering(adapter));
        adapters.MapPost("/{adapter}/deliveries/{deliveryId:guid}/retry", async (string adapter, Guid deliveryId, HttpContext context, PartnerAdapters partners, OperatorLog log) =>
        {
            if (!partners.Knows(adapter))
            {
                return UnknownAdapter(adapter);
            }
            var retry = await partners.RetryAsync(adapter, deliveryId, OperatorName(context), context.RequestAborted);
            await log.RecordAsync(context.User, OperatorActions.AdapterRetry, $"{adapter}/{deliveryId}", retry?.Outcome ?? "no-answer", context);
            return retry?.Outcome switch
            {
                "retrying" => Results.Accepted(),
                "not-failed" => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Only a failed delivery can be retried", detail: retry!.Detail),
                "not-found" => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such delivery"),
                _ => NotAnswering(adapter),
            };
        }).RequireAuthorization(ConsoleRoles.MayRetryPolicy).DisableAntiforgery();
    }

    private static string OperatorName(HttpContext context) => context.User.Identity?.Name ?? "?";

    private static IResult NotAnswering(string adapter) => Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The adapter did not answer", detail: $"The {adapter} adapter did not answer in time; it may be down. Nothing was changed by the console.");

    private static IResult UnknownAdapter(string adapter) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such adapter", detail: $"The console knows no adapter '{adapter}'.");
}
