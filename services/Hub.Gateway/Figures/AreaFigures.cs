using Bus = Hub.Contracts.Matching;

namespace Hub.Gateway.Figures;

/// <summary>The programme's counts for the caller's areas, per area and month.</summary>
public sealed record AreaFigures
{
    public required IReadOnlyList<AreaMonthFigures> Rows { get; init; }

    internal static AreaFigures From(Bus.AreaFigures figures) => new()
    {
        Rows = [.. figures.Rows.Select(row => new AreaMonthFigures
        {
            AreaId = row.AreaId,
            Month = row.Month,
            Vacancies = row.Vacancies,
            Proposals = row.Proposals,
            Acceptances = row.Acceptances,
            Placements = row.Placements,
        })],
    };
}
