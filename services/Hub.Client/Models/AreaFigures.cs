namespace Hub.Client.Models;

/// <summary>Programme figures for the asking municipality's own focus areas; counts only.</summary>
public sealed record AreaFigures
{
    public IReadOnlyList<AreaMonthFigures> Rows { get; init; } = [];
}
