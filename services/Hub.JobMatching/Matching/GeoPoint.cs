namespace Hub.JobMatching.Matching;

/// <summary>A point in degrees; distances are great-circle (haversine) kilometres.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public const double EarthRadiusKm = 6371.0;

    public double DistanceKm(GeoPoint other) => Position.Of(this).KmTo(Position.Of(other));
}
