using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Client.Models;

namespace Hub.Client.Tests;

/// <summary>
/// Hub.Client's models against the partner API document the gateway serves (docs/openapi.json; the gateway's tests
/// fail when it serves another): a model for every schema, the same fields with the same JSON types, every field a
/// request must have required in the model, every field an answer may leave out nullable in the model.
/// </summary>
public sealed class Matching_the_api_document
{
    private static readonly JsonObject Document = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "openapi.json")))!.AsObject();
    private static readonly JsonObject Schemas = Document["components"]!["schemas"]!.AsObject();

    /// <summary>Problem Details come from ASP.NET Core; the client reads them as ProblemDetails through Refit's ApiException.</summary>
    private static readonly string[] FrameworkSchemas = ["ProblemDetails", "HttpValidationProblemDetails"];

    private static readonly Type[] Models = [.. typeof(VacancyRequest).Assembly.GetTypes().Where(t => t.Namespace == typeof(VacancyRequest).Namespace && t.IsPublic)];

    public static TheoryData<string> ModelNames => [.. Models.Select(m => m.Name).Order()];

    [Fact]
    public void Every_schema_of_the_api_has_a_model()
    {
        var schemas = Schemas.Select(s => s.Key).Except(FrameworkSchemas);

        Assert.Equal(schemas.Order(), Models.Select(m => m.Name).Order());
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void The_model_has_the_schemas_fields_with_the_same_json_types(string name)
    {
        var (model, schema) = Pair(name);

        Assert.Equal(
            Properties(schema).Select(p => $"{p.Key}: {SchemaKind(p.Value!.AsObject())}").Order(),
            model.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"{JsonName(p)}: {ClrKind(p.PropertyType)}").Order());
    }

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void Requests_require_what_the_api_requires_and_answers_allow_what_it_may_leave_out(string name)
    {
        var (model, schema) = Pair(name);
        var required = (schema["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet();
        var nullability = new NullabilityInfoContext();

        foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var field = JsonName(property);
            if (RequestSchemas.Value.Contains(name))
            {
                Assert.True(!required.Contains(field) || property.GetCustomAttribute<RequiredMemberAttribute>() is not null,
                    $"{name}.{property.Name}: the API requires {field}; the model should make the caller set it");
            }
            else
            {
                var mayBeMissing = !required.Contains(field) || IsNullable(Properties(schema)[field]!.AsObject());
                Assert.True(!mayBeMissing || nullability.Create(property).ReadState == NullabilityState.Nullable,
                    $"{name}.{property.Name}: the API may leave {field} out or null; the model should be nullable");
            }
        }
    }

    private static readonly Lazy<HashSet<string>> RequestSchemas = new(() => [.. Document["paths"]!.AsObject()
        .SelectMany(path => path.Value!.AsObject())
        .Select(operation => operation.Value?["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>())
        .OfType<string>()
        .Select(RefName)
        .SelectMany(WithNested)]);

    private static IEnumerable<string> WithNested(string schema) =>
        [schema, .. Properties(Schemas[schema]!.AsObject()).Select(p => RefOf(p.Value!.AsObject())).OfType<string>().SelectMany(WithNested)];

    private static (Type Model, JsonObject Schema) Pair(string name)
    {
        var schema = Schemas[name];
        Assert.True(schema is not null, $"docs/openapi.json has no schema {name}");
        return (Models.Single(m => m.Name == name), schema!.AsObject());
    }

    private static JsonObject Properties(JsonObject schema) => schema["properties"]?.AsObject() ?? [];

    private static string JsonName(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static string RefName(string reference) => reference[(reference.LastIndexOf('/') + 1)..];

    /// <summary>A reference, directly or as the one non-null choice of a oneOf.</summary>
    private static string? RefOf(JsonObject schema) =>
        schema["$ref"]?.GetValue<string>() is { } direct ? RefName(direct)
        : schema["oneOf"]?.AsArray().Select(o => o!["$ref"]?.GetValue<string>()).OfType<string>().Select(RefName).SingleOrDefault()
        ?? (schema["items"] is JsonObject items ? RefOf(items) : null);

    private static string[] TypesOf(JsonObject schema) => schema["type"] switch
    {
        JsonArray types => [.. types.Select(t => t!.GetValue<string>())],
        JsonValue type => [type.GetValue<string>()],
        _ => [],
    };

    private static bool IsNullable(JsonObject schema) =>
        TypesOf(schema).Contains("null") || schema["oneOf"]?.AsArray().Any(o => o?["type"]?.GetValue<string>() == "null") == true;

    /// <summary>The JSON a field carries, null aside; integers are also readable from strings, the type says "integer".</summary>
    private static string SchemaKind(JsonObject schema)
    {
        if (schema["$ref"] is not null || schema["oneOf"] is not null)
        {
            return RefOf(schema)!;
        }
        var types = TypesOf(schema).Where(t => t != "null").ToArray();
        var format = schema["format"]?.GetValue<string>();
        return types switch
        {
            _ when types.Contains("integer") => format ?? "integer",
            ["array"] => $"[{SchemaKind(schema["items"]!.AsObject())}]",
            ["object"] when schema["additionalProperties"] is JsonObject values => $"{{string: {SchemaKind(values)}}}",
            ["string"] => format ?? "string",
            [var single] => single,
            _ => string.Join("|", types),
        };
    }

    private static string ClrKind(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "string";
        if (type == typeof(Guid)) return "uuid";
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return "date-time";
        if (type == typeof(DateOnly)) return "date";
        if (type == typeof(int)) return "int32";
        if (type == typeof(long)) return "int64";
        if (type == typeof(bool)) return "boolean";
        if (type.IsArray) return $"[{ClrKind(type.GetElementType()!)}]";
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var generic)
        {
            if (generic == typeof(IReadOnlyList<>) || generic == typeof(List<>) || generic == typeof(IReadOnlyCollection<>))
            {
                return $"[{ClrKind(type.GetGenericArguments()[0])}]";
            }
            if (generic == typeof(IReadOnlyDictionary<,>) || generic == typeof(Dictionary<,>))
            {
                return $"{{string: {ClrKind(type.GetGenericArguments()[1])}}}";
            }
        }
        return type.Namespace == typeof(VacancyRequest).Namespace ? type.Name : type.FullName!;
    }
}
