using Hub.Gateway.Idempotency;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Gateway.OpenApi;

/// <summary>Documents the optional Idempotency-Key header on the POST and PUT operations that honour it.</summary>
public sealed class IdempotencyKeyParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var method = context.Description.HttpMethod;
        if ((HttpMethods.IsPost(method ?? "") || HttpMethods.IsPut(method ?? ""))
            && context.Description.ActionDescriptor.EndpointMetadata.OfType<IdempotencyKeyMetadata>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyKey.Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Makes a retry safe: the same key with the same request returns the first answer and publishes nothing new; "
                    + "the same key with another request is 409. 1 to 100 printable ASCII characters, e.g. a UUID.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IdempotencyKey.MaxLength },
            });
        }
        return Task.CompletedTask;
    }
}
