namespace Hub.Contracts.Matching;

public record AreaFigures
{
    public required IReadOnlyList<AreaMonthFigures> Rows { get; init; }
}
