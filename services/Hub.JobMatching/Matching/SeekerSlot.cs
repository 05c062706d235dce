namespace Hub.JobMatching.Matching;

/// <summary>
/// What the engine's pre-check reads about a seeker, copied into the index cell's array so that a visit
/// reads contiguous memory; the seeker's entry is touched only when the pre-check passes.
/// </summary>
internal readonly struct SeekerSlot(SeekerEntry seeker)
{
    public readonly SeekerEntry Seeker = seeker;
    public readonly Position Home = seeker.Home!.Value;
    public readonly double MaxChordSquared = seeker.MaxChordSquared;
    public readonly DateOnly AvailableFrom = seeker.AvailableFrom;
    public readonly int HoursMin = seeker.HoursMin;
    public readonly int HoursMax = seeker.HoursMax;
}
