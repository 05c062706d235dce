namespace Hub.Gateway.Figures;

/// <summary>The programme's counts for the caller's areas, per area and month.</summary>
public sealed record AreaFigures
{
    public required IReadOnlyList<AreaMonthFigures> Rows { get; init; }
}
