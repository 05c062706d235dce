using Hub.Operations.Access;

namespace Hub.Operations.Endpoints;

/// <summary>The operator log, for admins: who signed in (or failed to), retried or archived what, when, from where.</summary>
internal static class OperatorLogEndpoints
{
    private const int MaxEntries = 500;

    public static void MapOperatorLog(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/operator-log", async (string? user, string? action, string? from, string? to, HttpContext context, OperatorLog log) =>
        {
            var check = new QueryValidation();
            var (fromDate, toDate) = (check.Date("from", from), check.Date("to", to));
            return check.IsValid
                ? Results.Ok(await log.SearchAsync(user, action, fromDate, toDate, MaxEntries, context.RequestAborted))
                : check.Problem();
        }).RequireAuthorization(ConsoleRoles.AdminPolicy);
}
