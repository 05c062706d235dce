using System.Text.Json;

namespace Hub.Operations.Audit;

/// <summary>The focus areas from configuration: which area a PC4 lies in, and the areas' names for the console.</summary>
public sealed class AreaDirectory
{
    private readonly Dictionary<string, string> _areaByPc4;

    private AreaDirectory(IReadOnlyList<AreaInfo> areas, Dictionary<string, string> areaByPc4) => (Areas, _areaByPc4) = (areas, areaByPc4);

    public IReadOnlyList<AreaInfo> Areas { get; }

    public string? AreaOfPc4(string pc4) => _areaByPc4.GetValueOrDefault(pc4);

    public static AreaDirectory Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var areas = new List<AreaInfo>();
        var byPc4 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var area in document.RootElement.GetProperty("areas").EnumerateArray())
        {
            var id = area.GetProperty("id").GetString() ?? throw new InvalidDataException($"{path}: an area without id.");
            areas.Add(new AreaInfo(id, Text(area, "name") ?? id, Text(area, "municipality") ?? ""));
            if (area.TryGetProperty("neighbourhoods", out var neighbourhoods))
            {
                foreach (var pc4 in neighbourhoods.EnumerateArray().SelectMany(n => n.GetProperty("pc4").EnumerateArray()))
                {
                    byPc4.TryAdd(pc4.GetString()!, id);
                }
            }
        }
        return new AreaDirectory(areas, byPc4);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;
}
