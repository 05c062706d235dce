namespace Hub.JobMatching.Matching;

/// <summary>
/// A location prepared for fast great-circle distances: a unit vector, so the distance is
/// 2R·asin(chord / 2), the haversine formula without trigonometry per pair. The chord alone decides
/// "within d km", which spares the asin for everyone who is too far.
/// </summary>
internal readonly struct Position
{
    private readonly double x;
    private readonly double y;
    private readonly double z;

    private Position(double latitudeDegrees, double longitudeDegrees)
    {
        LatitudeDegrees = latitudeDegrees;
        LongitudeDegrees = longitudeDegrees;
        var latitude = latitudeDegrees * Math.PI / 180.0;
        var longitude = longitudeDegrees * Math.PI / 180.0;
        x = Math.Cos(latitude) * Math.Cos(longitude);
        y = Math.Cos(latitude) * Math.Sin(longitude);
        z = Math.Sin(latitude);
    }

    public double LatitudeDegrees { get; }
    public double LongitudeDegrees { get; }

    public static Position Of(GeoPoint point) => new(point.Latitude, point.Longitude);

    /// <summary>The squared chord between two positions on the unit sphere.</summary>
    public double ChordSquaredTo(in Position other)
    {
        double dx = x - other.x, dy = y - other.y, dz = z - other.z;
        return dx * dx + dy * dy + dz * dz;
    }

    public double KmTo(in Position other) => KmOfChordSquared(ChordSquaredTo(other));

    public static double KmOfChordSquared(double chordSquared) =>
        2 * GeoPoint.EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(chordSquared) / 2));

    /// <summary>The squared chord of a great-circle distance: compare chords instead of kilometres.</summary>
    public static double ChordSquaredOfKm(double km)
    {
        var chord = 2 * Math.Sin(Math.Clamp(km, 0, Math.PI * GeoPoint.EarthRadiusKm) / (2 * GeoPoint.EarthRadiusKm));
        return chord * chord;
    }
}
