using Hub.Operations.Access;
using Hub.Operations.Audit;
using Hub.ServiceDefaults.Audit;

namespace Hub.Operations.Endpoints;

/// <summary>Search, a message's timeline, a fact's timeline, a conversation: always within the signed-in operator's areas.</summary>
internal static class MessageEndpoints
{
    private static readonly string[] Stages = [AuditStages.Sent, AuditStages.Received, AuditStages.Processed, AuditStages.Faulted, AuditStages.Retried];

    public static void MapMessages(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Access.ConsoleAuthentication.Policy);
        api.MapGet("/messages", async (string? businessId, string? messageType, string? service, string? stage, string? from, string? to, bool? reads, string? before, int? limit,
            HttpContext context, AuditSearch search) =>
        {
            var check = new QueryValidation();
            var query = new AuditQuery
            {
                BusinessId = businessId,
                MessageType = messageType,
                Service = service,
                Stage = check.OneOf("stage", stage, Stages),
                From = check.Date("from", from),
                To = check.Date("to", to),
                IncludeReads = reads ?? false,
                Before = check.Cursor("before", before),
                Limit = check.Range("limit", limit, 1, AuditSearch.MaxLimit, 50),
            };
            if (!check.IsValid)
            {
                return check.Problem();
            }
            var records = await search.FindAsync(query, ConsoleSignIn.ScopeOf(context.User), context.RequestAborted);
            return TypedResults.Ok(records.Select(AuditRecordView.Of));
        });
        api.MapGet("/messages/{messageId:guid}", async (Guid messageId, HttpContext context, AuditSearch search) =>
        {
            var records = await search.MessageAsync(messageId, ConsoleSignIn.ScopeOf(context.User), context.RequestAborted);
            return records.Count == 0 ? Results.Problem(statusCode: 404, title: "No such message in your areas") : TypedResults.Ok(MessageTimeline.Of(messageId, records));
        });
        api.MapGet("/facts/{fact}", async (string fact, HttpContext context, AuditSearch search) =>
        {
            if (fact.Trim().Length is 0 or > 100)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["fact"] = ["A business id has 1 to 100 characters."] });
            }
            var (records, truncated) = await search.TimelineAsync(fact.Trim(), ConsoleSignIn.ScopeOf(context.User), context.RequestAborted);
            return records.Count == 0 ? Results.Problem(statusCode: 404, title: "Nothing about this fact in your areas") : TypedResults.Ok(FactTimeline.Of(fact.Trim(), records, truncated));
        });
        api.MapGet("/conversations/{conversationId:guid}", async (Guid conversationId, HttpContext context, AuditSearch search) =>
        {
            var records = await search.ConversationAsync(conversationId, ConsoleSignIn.ScopeOf(context.User), context.RequestAborted);
            return records.Count == 0
                ? Results.Problem(statusCode: 404, title: "No such conversation in your areas")
                : TypedResults.Ok(new { conversationId, traceIds = records.Select(r => r.TraceId).OfType<string>().Distinct(), records = records.Select(AuditRecordView.Of) });
        });
    }
}
