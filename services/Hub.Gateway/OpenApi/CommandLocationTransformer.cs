using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Gateway.OpenApi;

/// <summary>
/// Documents what a 202 promises: its Location header is where the partner reads what became of the command
/// (GET /api/v1/commands/{commandId}), and the reason codes a refusal can carry.
/// </summary>
public sealed class CommandLocationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses?.TryGetValue("202", out var accepted) == true && accepted is OpenApiResponse response)
        {
            response.Description = "Accepted: stored durably on the broker, not yet carried out. The body's status is pending; "
                + "GET the Location (/api/v1/commands/{commandId}) to learn whether it was applied, or refused with a reason code: "
                + "not-found, not-yours, wrong-state, stale, invalid or not-your-resident.";
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["Location"] = new OpenApiHeader
            {
                Description = "/api/v1/commands/{commandId}: what became of this command.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
        return Task.CompletedTask;
    }
}
