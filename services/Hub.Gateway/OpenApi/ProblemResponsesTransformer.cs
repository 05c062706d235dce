using Hub.Gateway.Idempotency;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Gateway.OpenApi;

/// <summary>
/// Documents the answers every partner operation can give besides its own: 401 without a valid key, 403 where the
/// operation needs a role, 429 over the rate limit, 409 for a reused Idempotency-Key; and says what each status means.
/// </summary>
public sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> Meaning = new()
    {
        ["400"] = "The request is invalid: `errors` names each field at fault. Nothing was published.",
        ["401"] = "No valid API key (X-Api-Key) or client certificate.",
        ["403"] = "Your organisation's role may not call this operation, or the resident is not yours.",
        ["404"] = "Not found among your organisation's data (another partner's is answered the same way).",
        ["409"] = "The Idempotency-Key was used before with another request, or (a new version of a vacancy) its life cycle does not allow the command: `reason` says which.",
        ["413"] = "The body is larger than the gateway accepts.",
        ["429"] = "Too many requests from your organisation: wait as long as Retry-After says.",
        ["503"] = "The Hub could not take the command now (the broker did not confirm it); nothing was published, retry with the same Idempotency-Key.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        AddProblem(operation, "401");
        if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy is { } policy && policy != PartnerPolicies.AnyPartner))
        {
            AddProblem(operation, "403");
        }
        AddProblem(operation, "429");
        if (metadata.OfType<IdempotencyKeyMetadata>().Any() && context.Description.HttpMethod is "POST" or "PUT")
        {
            AddProblem(operation, "409");
        }
        if (operation.RequestBody is not null)
        {
            AddProblem(operation, "413");
        }
        foreach (var (status, response) in operation.Responses)
        {
            if (Meaning.TryGetValue(status, out var meaning) && response is OpenApiResponse problem)
            {
                problem.Description = meaning;
            }
        }
        return Task.CompletedTask;
    }

    private static void AddProblem(OpenApiOperation operation, string status)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }
        operation.Responses[status] = new OpenApiResponse
        {
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails") },
            },
        };
    }
}
