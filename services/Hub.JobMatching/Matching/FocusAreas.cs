using System.Text.Json;

namespace Hub.JobMatching.Matching;

/// <summary>
/// The focus areas and the postcode geography, loaded from configuration (<c>seeds/areas.json</c>).
/// A postcode is located by its PC4 centroid, else by its PC2 region centroid (coarse), else not at all.
/// Immutable after loading, so safe to share between threads.
/// </summary>
public sealed class FocusAreas
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<int, FocusArea> areaByPc4;
    private readonly Dictionary<int, GeoPoint> pc4Centroids;
    private readonly Dictionary<int, GeoPoint> pc2Centroids;

    private FocusAreas(IReadOnlyList<FocusArea> areas, Dictionary<int, FocusArea> areaByPc4,
        Dictionary<int, GeoPoint> pc4Centroids, Dictionary<int, GeoPoint> pc2Centroids)
    {
        Areas = areas;
        this.areaByPc4 = areaByPc4;
        this.pc4Centroids = pc4Centroids;
        this.pc2Centroids = pc2Centroids;
    }

    public IReadOnlyList<FocusArea> Areas { get; }

    public static FocusAreas Load(string path) => Parse(File.ReadAllText(path));

    /// <exception cref="InvalidDataException">The configuration is malformed or inconsistent.</exception>
    public static FocusAreas Parse(string json)
    {
        FocusAreasFile file;
        try
        {
            file = JsonSerializer.Deserialize<FocusAreasFile>(json, JsonOptions)
                ?? throw new InvalidDataException("The focus-area file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The focus-area file is not valid JSON: {e.Message}", e);
        }
        var areas = FocusAreasValidation.Areas(file, out var areaByPc4);
        return new FocusAreas(areas, areaByPc4,
            FocusAreasValidation.Centroids(file.Pc4Centroids, 4, "pc4Centroids"),
            FocusAreasValidation.Centroids(file.Pc2Centroids, 2, "pc2Centroids"));
    }

    /// <summary>The focus area a postcode ("8925AB", "8925 AB" or "8925") lies in, or null.</summary>
    public FocusArea? AreaOf(string postcode) =>
        Postcodes.Pc4Of(postcode) is { } pc4 ? AreaOf(pc4) : null;

    internal FocusArea? AreaOf(int pc4) => areaByPc4.GetValueOrDefault(pc4);

    /// <summary>The approximate centroid of a postcode: its PC4 if known, else its PC2 region; null if neither.</summary>
    public GeoPoint? Locate(string postcode) =>
        Postcodes.Pc4Of(postcode) is { } pc4 ? Locate(pc4) : null;

    internal GeoPoint? Locate(int pc4) =>
        pc4Centroids.TryGetValue(pc4, out var point) ? point
        : pc2Centroids.TryGetValue(pc4 / 100, out point) ? point
        : null;

    /// <summary>Great-circle km between two postcodes' centroids, or null when either has no location.</summary>
    public double? Distance(string postcodeA, string postcodeB) =>
        Locate(postcodeA) is { } a && Locate(postcodeB) is { } b ? a.DistanceKm(b) : null;
}
