using Hub.Operations.Access;
using Hub.Operations.Failures;

namespace Hub.Operations.Endpoints;

/// <summary>Failed-message groups and messages for everyone signed in; retry and archive for operators and admins only.</summary>
internal static class FailureEndpoints
{
    public static void MapFailures(this IEndpointRouteBuilder app)
    {
        var failures = app.MapGroup("/api/failures").RequireAuthorization(Access.ConsoleAuthentication.Policy);
        failures.MapGet("/groups", async (string? from, string? to, HttpContext context, FailedMessages store) =>
        {
            var check = new QueryValidation();
            var (fromDate, toDate) = (check.Date("from", from), check.Date("to", to));
            return check.IsValid
                ? TypedResults.Ok(await store.GroupsAsync(ConsoleSignIn.ScopeOf(context.User), fromDate, toDate, context.RequestAborted))
                : check.Problem();
        });
        failures.MapGet("/", async (string? groupId, bool? includeResolved, HttpContext context, FailedMessages store) =>
            TypedResults.Ok(await store.ListAsync(ConsoleSignIn.ScopeOf(context.User), groupId, includeResolved ?? true, context.RequestAborted)));

        // Every action is in the operator log with who, which areas and what it was on.
        var actions = failures.MapGroup("").RequireAuthorization(ConsoleRoles.MayRetryPolicy).DisableAntiforgery();
        actions.MapPost("/{id:guid}/retry", async (Guid id, HttpContext context, FailedMessages store, OperatorLog log) =>
        {
            var done = await store.RetryOneAsync(id, ConsoleSignIn.ScopeOf(context.User), context.User.Identity?.Name ?? "?", context.RequestAborted);
            await log.RecordAsync(context.User, OperatorActions.Retry, id.ToString(), done ? OperatorActions.Ok : OperatorActions.NotFound, context);
            return done ? Results.Accepted() : Results.Problem(statusCode: 404, title: "No such failed message in your areas");
        });
        actions.MapPost("/groups/{groupId}/retry", async (string groupId, HttpContext context, FailedMessages store, OperatorLog log) =>
        {
            var queued = await store.QueueRetryAsync(ConsoleSignIn.ScopeOf(context.User), groupId, context.RequestAborted);
            await log.RecordAsync(context.User, OperatorActions.RetryGroup, $"{groupId} ({queued} messages)", OperatorActions.Ok, context);
            return TypedResults.Ok(new { queued });
        });
        actions.MapPost("/retry-all", async (HttpContext context, FailedMessages store, OperatorLog log) =>
        {
            var queued = await store.QueueRetryAsync(ConsoleSignIn.ScopeOf(context.User), null, context.RequestAborted);
            await log.RecordAsync(context.User, OperatorActions.RetryAll, $"{queued} messages", OperatorActions.Ok, context);
            return TypedResults.Ok(new { queued });
        });
        actions.MapPost("/{id:guid}/archive", async (Guid id, HttpContext context, FailedMessages store, OperatorLog log) =>
        {
            var done = await store.ArchiveOneAsync(id, ConsoleSignIn.ScopeOf(context.User), context.RequestAborted);
            await log.RecordAsync(context.User, OperatorActions.Archive, id.ToString(), done ? OperatorActions.Ok : OperatorActions.NotFound, context);
            return done ? Results.NoContent() : Results.Problem(statusCode: 404, title: "No such unresolved failed message in your areas");
        });
        actions.MapPost("/groups/{groupId}/archive", async (string groupId, HttpContext context, FailedMessages store, OperatorLog log) =>
        {
            var archived = await store.ArchiveGroupAsync(ConsoleSignIn.ScopeOf(context.User), groupId, context.RequestAborted);
            await log.RecordAsync(context.User, OperatorActions.ArchiveGroup, $"{groupId} ({archived} messages)", OperatorActions.Ok, context);
            return TypedResults.Ok(new { archived });
        });
    }
}
