using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Gateway.OpenApi;

/// <summary>Puts the valid example of <see cref="RequestExamples"/> on every JSON request body, serialised as the API reads it.</summary>
public sealed class RequestExampleTransformer(TimeProvider clock, IOptions<JsonOptions> json) : IOpenApiOperationTransformer
{
    private readonly JsonSerializerOptions _serializer = new(json.Value.SerializerOptions) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var body = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (body is null || operation.RequestBody?.Content is not { } content || RequestExamples.For(body.Type, today) is not { } example)
        {
            return Task.CompletedTask;
        }
        var node = JsonSerializer.SerializeToNode(example, body.Type, _serializer);
        foreach (var mediaType in content.Values)
        {
            mediaType.Example = node?.DeepClone();
        }
        return Task.CompletedTask;
    }
}
