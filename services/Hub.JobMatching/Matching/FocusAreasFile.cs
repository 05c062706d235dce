namespace Hub.JobMatching.Matching;

/// <summary>The shape of <c>seeds/areas.json</c>; <see cref="FocusAreas"/> validates it.</summary>
internal sealed class FocusAreasFile
{
    public List<AreaEntry> Areas { get; init; } = [];
    public Dictionary<string, double[]> Pc4Centroids { get; init; } = [];
    public Dictionary<string, double[]> Pc2Centroids { get; init; } = [];

    public sealed class AreaEntry
    {
        public string? Id { get; init; }
        public string? Name { get; init; }
        public string? Municipality { get; init; }
        public List<NeighbourhoodEntry> Neighbourhoods { get; init; } = [];
    }

    public sealed class NeighbourhoodEntry
    {
        public string? Name { get; init; }
        public List<string> Pc4 { get; init; } = [];
    }
}
