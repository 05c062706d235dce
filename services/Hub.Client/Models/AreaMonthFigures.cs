namespace Hub.Client.Models;

/// <summary>Counts for one focus area in one month. No personal data.</summary>
public sealed record AreaMonthFigures
{
    /// <summary>e.g. "leeuwarden-oost".</summary>
    public string AreaId { get; init; } = "";
    /// <summary>yyyy-MM.</summary>
    public string Month { get; init; } = "";
    public int Vacancies { get; init; }
    public int Proposals { get; init; }
    public int Acceptances { get; init; }
    public int Placements { get; init; }
}
