namespace Hub.JobMatching.Matching;

/// <summary>Checks the focus-area file so a configuration mistake fails at start, not in a ranking.</summary>
internal static class FocusAreasValidation
{
    public static List<FocusArea> Areas(FocusAreasFile file, out Dictionary<int, FocusArea> areaByPc4)
    {
        areaByPc4 = [];
        var areas = new List<FocusArea>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in file.Areas)
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Name) || string.IsNullOrWhiteSpace(entry.Municipality))
            {
                throw new InvalidDataException("Every focus area needs an id, a name and a municipality.");
            }
            if (!ids.Add(entry.Id))
            {
                throw new InvalidDataException($"Focus area id '{entry.Id}' is used twice.");
            }
            var codes = entry.Neighbourhoods.SelectMany(n => n.Pc4).ToList();
            if (codes.Count == 0)
            {
                throw new InvalidDataException($"Focus area '{entry.Id}' covers no PC4 codes.");
            }
            var area = new FocusArea(entry.Id, entry.Name, entry.Municipality, codes);
            foreach (var code in codes)
            {
                var pc4 = Pc4(code, $"focus area '{entry.Id}'");
                if (!areaByPc4.TryAdd(pc4, area))
                {
                    throw new InvalidDataException($"PC4 {code} is in both '{areaByPc4[pc4].Id}' and '{entry.Id}'.");
                }
            }
            areas.Add(area);
        }
        return areas;
    }

    public static Dictionary<int, GeoPoint> Centroids(Dictionary<string, double[]> entries, int digits, string section)
    {
        var centroids = new Dictionary<int, GeoPoint>();
        foreach (var (code, coordinates) in entries)
        {
            if (code.Length != digits || code[0] == '0' || !code.All(char.IsAsciiDigit))
            {
                throw new InvalidDataException($"'{code}' in {section} is not a {digits}-digit code.");
            }
            if (coordinates is not [var lat, var lon] || lat is < -80 or > 80 || lon is < -180 or > 180)
            {
                throw new InvalidDataException($"{section} '{code}' needs [latitude, longitude] in degrees.");
            }
            centroids[int.Parse(code)] = new GeoPoint(lat, lon);
        }
        return centroids;
    }

    private static int Pc4(string code, string where) =>
        code.Length == 4 && Postcodes.Pc4Of(code) is { } pc4
            ? pc4
            : throw new InvalidDataException($"'{code}' in {where} is not a 4-digit PC4 code.");
}
