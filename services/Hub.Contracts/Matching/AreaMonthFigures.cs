namespace Hub.Contracts.Matching;

/// <summary>Counts for one focus area in one month (yyyy-MM). No personal data.</summary>
public record AreaMonthFigures
{
    public required string AreaId { get; init; }
    public required string Month { get; init; }
    public required int Vacancies { get; init; }
    public required int Proposals { get; init; }
    public required int Acceptances { get; init; }
    public required int Placements { get; init; }
}
