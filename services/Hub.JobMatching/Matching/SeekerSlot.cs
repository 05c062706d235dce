namespace Hub.JobMatching.Matching;

/// <summary>
/// What the engine knows of a seeker without touching its entry, copied into the index cell's array so a
/// visit reads contiguous memory: enough for <see cref="MatchRules.MayMatch"/> and <see cref="MatchRules.Ceiling"/>.
/// </summary>
internal readonly struct SeekerSlot
{
    public readonly SeekerEntry Seeker;
    public readonly Position Home;
    public readonly double MaxChordSquared;
    public readonly DateOnly AvailableFrom;
    public readonly int HoursMin;
    public readonly int HoursMax;
    public readonly int MaxTravelKm;
    public readonly SeekerTraits Traits;
    // Up to three target occupations; seekers with more are assumed to hold any.
    private readonly int occupationA;
    private readonly int occupationB;
    private readonly int occupationC;
    private readonly bool moreOccupations;

    public SeekerSlot(SeekerEntry seeker)
    {
        Seeker = seeker;
        Home = seeker.Home!.Value;
        MaxChordSquared = seeker.MaxChordSquared;
        AvailableFrom = seeker.AvailableFrom;
        HoursMin = seeker.HoursMin;
        HoursMax = seeker.HoursMax;
        MaxTravelKm = seeker.MaxTravelKm;
        Traits = seeker.Traits;
        var occupations = seeker.Occupations;
        occupationA = occupations.Length > 0 ? occupations[0] : Vocabulary.Unknown;
        occupationB = occupations.Length > 1 ? occupations[1] : Vocabulary.Unknown;
        occupationC = occupations.Length > 2 ? occupations[2] : Vocabulary.Unknown;
        moreOccupations = occupations.Length > 3;
    }

    /// <summary>False only when the seeker surely lacks this occupation.</summary>
    public bool MayHoldOccupation(int occupation) =>
        occupation >= 0 && (moreOccupations || occupation == occupationA || occupation == occupationB || occupation == occupationC);
}
