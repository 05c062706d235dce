namespace Hub.JobMatching.Matching;

/// <summary>
/// A latitude/longitude grid with cells of about <c>cellKm</c> square in the Netherlands, and the block of
/// cells that holds every point within a radius of a centre. Meant for places away from the poles and the
/// date line; where a search would reach them, <see cref="TryRangeAround"/> says no and the caller visits everything.
/// </summary>
internal readonly struct Grid(double cellKm)
{
    // Kilometres per degree of latitude, and of longitude at 52.2° N (the middle of the Netherlands).
    private const double KmPerLatitudeDegree = 111.2;
    private const double KmPerLongitudeDegree = 68.1;
    // Absorbs floating-point rounding between the box and the rules' great-circle distance.
    private const double MarginKm = 0.001;

    private readonly double latitudeDegrees = cellKm / KmPerLatitudeDegree;
    private readonly double longitudeDegrees = cellKm / KmPerLongitudeDegree;

    public long CellOf(in Position position) =>
        Key(Row(position.LatitudeDegrees), Column(position.LongitudeDegrees));

    public static long Key(int row, int column) => ((long)row << 32) | (uint)column;

    public static (int Row, int Column) Split(long key) => ((int)(key >> 32), (int)key);

    /// <summary>
    /// Rows and columns of the cells that can hold a point within <paramref name="radiusKm"/> of the centre:
    /// the latitude bound is radius / earth radius; the longitude bound is asin(sin(d) / cos(latitude)).
    /// </summary>
    public bool TryRangeAround(in Position centre, double radiusKm, out CellRange range)
    {
        range = default;
        var angle = (radiusKm + MarginKm) / GeoPoint.EarthRadiusKm;
        var latitude = centre.LatitudeDegrees * Math.PI / 180;
        var longitude = centre.LongitudeDegrees * Math.PI / 180;
        var maxLatitude = latitude + angle;
        var minLatitude = latitude - angle;
        if (maxLatitude >= Math.PI / 2 || minLatitude <= -Math.PI / 2)
        {
            return false;
        }
        var lonAngle = Math.Asin(Math.Min(1.0, Math.Sin(angle) / Math.Cos(latitude)));
        var maxLongitude = longitude + lonAngle;
        var minLongitude = longitude - lonAngle;
        if (maxLongitude >= Math.PI || minLongitude <= -Math.PI)
        {
            return false;
        }
        range = new CellRange(
            Row(minLatitude * 180 / Math.PI), Row(maxLatitude * 180 / Math.PI),
            Column(minLongitude * 180 / Math.PI), Column(maxLongitude * 180 / Math.PI));
        return true;
    }

    private int Row(double latitude) => (int)Math.Floor(latitude / latitudeDegrees);

    private int Column(double longitude) => (int)Math.Floor(longitude / longitudeDegrees);
}

/// <summary>An inclusive block of grid rows and columns.</summary>
internal readonly record struct CellRange(int MinRow, int MaxRow, int MinColumn, int MaxColumn)
{
    public long CellCount => (long)(MaxRow - MinRow + 1) * (MaxColumn - MinColumn + 1);

    public bool Contains(long key)
    {
        var (row, column) = Grid.Split(key);
        return row >= MinRow && row <= MaxRow && column >= MinColumn && column <= MaxColumn;
    }
}
