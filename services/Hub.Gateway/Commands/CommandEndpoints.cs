namespace Hub.Gateway.Commands;

/// <summary>What became of a command the partner sent: the address every 202 gives in Location.</summary>
public static class CommandEndpoints
{
    public static IEndpointRouteBuilder MapCommands(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/commands/{commandId:guid}", Get)
            .RequireAuthorization(PartnerPolicies.AnyPartner)
            .WithTags("Commands")
            .WithName("GetCommand")
            .WithSummary("What became of a command you sent: pending, applied, or refused with a reason code (not-found, not-yours, wrong-state, stale, invalid, not-your-resident).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<Results<Ok<CommandStatus>, ProblemHttpResult>> Get(Guid commandId, HttpContext http, CommandLog commands, CancellationToken cancellationToken) =>
        await commands.FindAsync(commandId, http.User.PartnerIdOf(), cancellationToken) is { } status
            ? TypedResults.Ok(status)
            : TypedResults.Problem(statusCode: 404, title: "Command not found", detail: $"You sent no command {commandId}, or it is older than the retention.");
}
