namespace Hub.Contracts.Matching;

/// <summary>Programme figures per focus area and month; answered with <see cref="AreaFigures"/>.</summary>
[Read]
public record GetAreaFigures
{
    /// <summary>Only these areas (a municipality sees its own); empty means all.</summary>
    public IReadOnlyList<string> AreaIds { get; init; } = [];
}
