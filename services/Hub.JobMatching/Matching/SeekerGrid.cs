namespace Hub.JobMatching.Matching;

/// <summary>
/// The engine's seeker index: by ISCO minor group (the occupation link is a hard filter), then by travel
/// band, then by grid cell. It only narrows who is visited; <see cref="MatchRules"/> still decides, so a
/// ranking over the index equals a ranking over everyone. Not thread-safe on its own: the engine locks.
/// </summary>
internal sealed class SeekerGrid
{
    // Upper limits of the travel bands, in km; the last band takes everything beyond 60.
    private static readonly int[] BandLimitsKm = [10, 20, 35, 60, int.MaxValue];
    private const double LargestCellKm = 100;

    private readonly Dictionary<int, TravelBand[]> groups = [];

    public void Add(SeekerEntry seeker)
    {
        if (!IsEligibleAnywhere(seeker))
        {
            return;
        }
        foreach (var group in seeker.MinorGroups)
        {
            if (!groups.TryGetValue(group, out var bands))
            {
                groups[group] = bands = Array.ConvertAll(BandLimitsKm, limit => new TravelBand(Math.Min(limit, LargestCellKm)));
            }
            bands[BandOf(seeker)].Add(seeker);
        }
    }

    public void Remove(SeekerEntry seeker)
    {
        if (!IsEligibleAnywhere(seeker))
        {
            return;
        }
        foreach (var group in seeker.MinorGroups)
        {
            if (groups.TryGetValue(group, out var bands))
            {
                bands[BandOf(seeker)].Remove(seeker);
            }
        }
    }

    public void Visit(VacancyEntry vacancy, SeekerRanking ranking)
    {
        if (vacancy.Workplace is not { } workplace || !groups.TryGetValue(vacancy.MinorGroup, out var bands))
        {
            return;
        }
        foreach (var band in bands)
        {
            band.Visit(workplace, ranking);
        }
    }

    // Seekers without consent or a location fail the rules for every vacancy: leaving them out is exact.
    private static bool IsEligibleAnywhere(SeekerEntry seeker) =>
        seeker.ConsentToShare && seeker.Home is not null;

    private static int BandOf(SeekerEntry seeker) =>
        Array.FindIndex(BandLimitsKm, limit => seeker.MaxTravelKm <= limit);
}
