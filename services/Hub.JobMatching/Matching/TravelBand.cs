namespace Hub.JobMatching.Matching;

/// <summary>
/// The seekers of one occupation group whose maximum travel distance falls in one band, by grid cell.
/// A vacancy visits only the cells within the band's largest travel distance of it; cells as wide as
/// that distance keep the block small (about 3 x 3 cells) for every band.
/// </summary>
internal sealed class TravelBand(double cellKm)
{
    private readonly Grid grid = new(cellKm);
    private readonly Dictionary<long, SeekerCell> cells = [];
    // An upper bound: it grows with each add and is not lowered on remove, which stays exact, only wider.
    private int maxTravelKm;

    public void Add(SeekerEntry seeker)
    {
        maxTravelKm = Math.Max(maxTravelKm, seeker.MaxTravelKm);
        var key = grid.CellOf(seeker.Home!.Value);
        if (!cells.TryGetValue(key, out var cell))
        {
            cells[key] = cell = new SeekerCell();
        }
        cell.Add(seeker);
    }

    public void Remove(SeekerEntry seeker)
    {
        var key = grid.CellOf(seeker.Home!.Value);
        if (!cells.TryGetValue(key, out var cell))
        {
            return;
        }
        cell.Remove(seeker);
        if (cell.Count == 0)
        {
            cells.Remove(key);
        }
    }

    public void Visit(in Position workplace, SeekerRanking ranking)
    {
        if (cells.Count == 0)
        {
            return;
        }
        var bounded = grid.TryRangeAround(workplace, maxTravelKm, out var range);
        if (bounded && range.CellCount <= cells.Count)
        {
            for (var row = range.MinRow; row <= range.MaxRow; row++)
            {
                for (var column = range.MinColumn; column <= range.MaxColumn; column++)
                {
                    if (cells.TryGetValue(Grid.Key(row, column), out var cell))
                    {
                        Offer(cell, ranking);
                    }
                }
            }
            return;
        }
        // Fewer occupied cells than cells in the box (or no box at all): walk the occupied ones.
        foreach (var (key, cell) in cells)
        {
            if (!bounded || range.Contains(key))
            {
                Offer(cell, ranking);
            }
        }
    }

    private static void Offer(SeekerCell cell, SeekerRanking ranking)
    {
        foreach (ref readonly var slot in cell.Slots)
        {
            ranking.Offer(slot);
        }
    }
}
