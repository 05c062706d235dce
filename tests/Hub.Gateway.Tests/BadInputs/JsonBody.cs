using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Gateway.Tests.BadInputs;

/// <summary>Edits a valid JSON body at a dotted path, putting in raw JSON text that JsonNode itself could not hold.</summary>
internal static class JsonBody
{
    private const string Placeholder = "@@raw-json@@";
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static JsonObject From(object value) => JsonSerializer.SerializeToNode(value, value.GetType(), Web)!.AsObject();

    public static byte[] WithRaw(JsonObject valid, string path, string rawJson)
    {
        var body = (JsonObject)valid.DeepClone();
        var (parent, name) = Navigate(body, path);
        parent[name] = Placeholder;
        return Encoding.UTF8.GetBytes(body.ToJsonString().Replace($"\"{Placeholder}\"", rawJson, StringComparison.Ordinal));
    }

    public static byte[] Without(JsonObject valid, string path)
    {
        var body = (JsonObject)valid.DeepClone();
        var (parent, name) = Navigate(body, path);
        parent.Remove(name);
        return Bytes(body);
    }

    public static byte[] Bytes(JsonNode body) => Encoding.UTF8.GetBytes(body.ToJsonString());

    private static (JsonObject Parent, string Name) Navigate(JsonObject body, string path)
    {
        var parts = path.Split('.');
        var parent = body;
        foreach (var part in parts[..^1])
        {
            parent = parent[part]!.AsObject();
        }
        return (parent, parts[^1]);
    }
}
