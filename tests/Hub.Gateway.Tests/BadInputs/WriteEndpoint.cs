using System.Text.Json.Nodes;

namespace Hub.Gateway.Tests.BadInputs;

/// <summary>
/// A gateway POST or PUT endpoint as the generator sees it: where it is, whose key may call it, a valid
/// body to break, the rules of its fields and bodies that are wrong as a whole (e.g. hoursMax below hoursMin).
/// </summary>
public sealed record WriteEndpoint(
    string Name,
    HttpMethod Method,
    string PathTemplate,
    string ApiKey,
    JsonObject? ValidBody,
    IReadOnlyList<FieldRule> Fields,
    IReadOnlyList<Action<JsonObject>> InvalidCombinations)
{
    public const string IdPlaceholder = "{id}";

    public string PathWith(string id) => PathTemplate.Replace(IdPlaceholder, id, StringComparison.Ordinal);
}
