namespace Hub.Gateway.Figures;

/// <summary>Counts for one focus area in one month. No personal data.</summary>
public sealed record AreaMonthFigures
{
    /// <summary>e.g. "leeuwarden-oost".</summary>
    public required string AreaId { get; init; }
    /// <summary>yyyy-MM.</summary>
    public required string Month { get; init; }
    public required int Vacancies { get; init; }
    public required int Proposals { get; init; }
    public required int Acceptances { get; init; }
    public required int Placements { get; init; }
}
