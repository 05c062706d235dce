namespace Hub.Contracts.Matching;

[Read]
public record AreaFigures
{
    public required IReadOnlyList<AreaMonthFigures> Rows { get; init; }
}
