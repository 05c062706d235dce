using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hub.Gateway.OpenApi;

/// <summary>
/// Gives every response in the document an example: a Problem Details body for each error status (a 400's names a field
/// of the request), and for each success a body drawn from its schema, with the values a partner would see (ids, dates
/// relative to today, a postcode, a pseudonym, the command status `pending`).
/// </summary>
public sealed class ResponseExampleTransformer(TimeProvider clock) : IOpenApiDocumentTransformer
{
    private const int MaxDepth = 6;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var operation in document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var (status, response) in operation.Responses ?? new OpenApiResponses())
            {
                foreach (var media in response.Content?.Values ?? [])
                {
                    media.Example ??= status.StartsWith('2')
                        ? new Sample(schemas, now).Of(media.Schema, name: null, depth: 0)
                        : Problem(status, operation, schemas);
                }
            }
        }
        return Task.CompletedTask;
    }

    private static JsonObject Problem(string status, OpenApiOperation operation, IDictionary<string, IOpenApiSchema> schemas)
    {
        var code = int.Parse(status, CultureInfo.InvariantCulture);
        var problem = new JsonObject
        {
            ["type"] = code == 429 ? "https://tools.ietf.org/html/rfc6585#section-4"
                : $"https://tools.ietf.org/html/rfc9110#section-15.{(code < 500 ? 5 : 6)}.{(code < 500 ? code - 399 : code - 499)}",
            ["title"] = Titles.GetValueOrDefault(status, "The request failed."),
            ["status"] = code,
        };
        if (code == 400)
        {
            var field = FirstRequiredField(operation, schemas) ?? "field";
            problem["errors"] = new JsonObject { [field] = new JsonArray($"The {field} field is required.") };
        }
        return problem;
    }

    private static readonly Dictionary<string, string> Titles = new()
    {
        ["400"] = "One or more validation errors occurred.",
        ["401"] = "Unauthorized",
        ["403"] = "Forbidden",
        ["404"] = "Not Found",
        ["409"] = "Conflict",
        ["413"] = "Payload Too Large",
        ["429"] = "Too Many Requests",
        ["503"] = "Service Unavailable",
    };

    private static string? FirstRequiredField(OpenApiOperation operation, IDictionary<string, IOpenApiSchema> schemas)
    {
        var body = operation.RequestBody?.Content?.Values.FirstOrDefault()?.Schema;
        var resolved = body is OpenApiSchemaReference reference && reference.Reference.Id is { } id ? Resolve(schemas, id) : body;
        return resolved?.Required?.FirstOrDefault() ?? operation.Parameters?.FirstOrDefault(p => p.In == ParameterLocation.Query)?.Name;
    }

    private static IOpenApiSchema? Resolve(IDictionary<string, IOpenApiSchema> schemas, string id) => schemas.TryGetValue(id, out var schema) ? schema : null;

    /// <summary>A value for a schema, by its type and format and, for strings, by what the property's name says it holds.</summary>
    private sealed class Sample(IDictionary<string, IOpenApiSchema> schemas, DateTime now)
    {
        private int _ids;

        public JsonNode? Of(IOpenApiSchema? schema, string? name, int depth)
        {
            if (schema is OpenApiSchemaReference reference)
            {
                schema = reference.Reference.Id is { } id ? Resolve(schemas, id) : null;
            }
            if (schema is null || depth > MaxDepth)
            {
                return null;
            }
            if ((schema.OneOf ?? schema.AnyOf)?.FirstOrDefault(s => s.Type != JsonSchemaType.Null) is { } choice)
            {
                return Of(choice, name, depth);
            }
            if (schema.Enum is { Count: > 0 } values)
            {
                return values[0]?.DeepClone();
            }
            var type = schema.Type ?? (schema.Properties is { Count: > 0 } ? JsonSchemaType.Object : JsonSchemaType.String);
            if (type.HasFlag(JsonSchemaType.Array))
            {
                return new JsonArray(Of(schema.Items, Singular(name), depth + 1));
            }
            if (type.HasFlag(JsonSchemaType.Object))
            {
                var value = new JsonObject();
                foreach (var (property, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
                {
                    value[property] = Of(propertySchema, property, depth + 1);
                }
                return value;
            }
            if (type.HasFlag(JsonSchemaType.Boolean))
            {
                return true;
            }
            if (type.HasFlag(JsonSchemaType.Integer))
            {
                return Integer(name);
            }
            if (type.HasFlag(JsonSchemaType.Number))
            {
                return 12.5;
            }
            return Text(schema.Format, name);
        }

        private JsonNode Text(string? format, string? name)
        {
            var lower = name?.ToLowerInvariant() ?? "";
            return format switch
            {
                "uuid" => NextId().ToString(),
                "date" => DateOnly.FromDateTime(now).AddDays(lower.Contains("until", StringComparison.Ordinal) || lower.Contains("expires", StringComparison.Ordinal) ? 30 : 0)
                    .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "date-time" => now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                _ => lower switch
                {
                    "status" => "pending",
                    "postcode" => "8925 AB",
                    "pc4" => "8925",
                    "kind" => "vacancy-published",
                    "areaid" or "focusareaid" => "leeuwarden-oost",
                    "category" => "rent-arrears",
                    "occupationcode" => "7126",
                    _ when lower.EndsWith("pseudonym", StringComparison.Ordinal) => "3f9c2a1be07d4c55a1f0c6d2b8e4a917",
                    _ when lower.EndsWith("organisation", StringComparison.Ordinal) || lower.EndsWith("id", StringComparison.Ordinal) => "00000001802327497000",
                    _ when lower.Contains("email", StringComparison.Ordinal) => "contact@example.org",
                    _ when lower.Contains("phone", StringComparison.Ordinal) => "+31 58 000 0000",
                    _ => $"example {name ?? "text"}",
                },
            };
        }

        private static JsonNode Integer(string? name) => name?.ToLowerInvariant() switch
        {
            { } n when n.Contains("hours", StringComparison.Ordinal) => 32,
            { } n when n.Contains("score", StringComparison.Ordinal) => 71,
            _ => 1,
        };

        private static string? Singular(string? name) => name is { Length: > 1 } && name.EndsWith('s') ? name[..^1] : name;

        /// <summary>Distinct, stable ids, so the same document is generated twice alike.</summary>
        private Guid NextId() => new($"0193c6a0-5c2e-7d41-9b3e-{++_ids:x12}");
    }
}
